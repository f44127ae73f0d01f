package app.ponte.notification;

import app.ponte.base.AbstractEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A file kept with an outbox message until it is sent or given up; then its content is dropped and its name, type
 * and size stay for the Outbox view. Callers make these files themselves (a calendar entry, a report), so a file
 * too large is a programming error, refused rather than clipped.
 */
@Entity
@Table(name = "mail_outbox_attachments")
class OutboxAttachment extends AbstractEntity {

    /** Far above a calendar entry or a report's PDF, far below what a mail server would take. */
    static final int CONTENT_MAX = 8 * 1024 * 1024;
    static final int FILE_NAME_MAX = 255;
    static final int MEDIA_TYPE_MAX = 200;

    @Column(name = "sort_order", nullable = false)
    private int position;

    @Column(name = "file_name", nullable = false, length = FILE_NAME_MAX)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = MEDIA_TYPE_MAX)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    // The column is V51's LONGBLOB: said so, or Hibernate's schema validation expects a TINYBLOB on MariaDB (a
    // @Lob without a length) and the application does not start there.
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", columnDefinition = "longblob")
    private byte @Nullable [] content;

    protected OutboxAttachment() {
    }

    OutboxAttachment(int position, MailAttachment attachment) {
        if (attachment.content().length > CONTENT_MAX) {
            throw new IllegalArgumentException("Attachment " + attachment.fileName() + " is larger than "
                    + CONTENT_MAX + " bytes");
        }
        if (attachment.fileName().isBlank() || attachment.fileName().length() > FILE_NAME_MAX
                || attachment.mediaType().isBlank() || attachment.mediaType().length() > MEDIA_TYPE_MAX) {
            throw new IllegalArgumentException("Attachment name or media type missing or too long");
        }
        this.position = position;
        this.fileName = attachment.fileName();
        this.mediaType = attachment.mediaType();
        this.sizeBytes = attachment.content().length;
        this.content = attachment.content().clone();
    }

    void dropContent() {
        content = null;
    }

    String getFileName() {
        return fileName;
    }

    String getMediaType() {
        return mediaType;
    }

    byte @Nullable [] getContent() {
        return content;
    }
}
