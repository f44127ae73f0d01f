package app.ponte.request;

import app.ponte.organisation.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A file on a request or on one of its comments; internal when the team attached it to an internal note. */
@Entity
@Table(name = "request_attachments")
class Attachment extends RequestPart {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "comment_id")
    private @Nullable Comment comment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "uploaded_by_id", nullable = false)
    private Account uploadedBy;

    @Column(name = "original_name", nullable = false, length = 255)
    private String originalName;

    @Column(name = "stored_name", nullable = false, length = 64)
    private String storedName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "internal", nullable = false)
    private boolean internal;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Attachment() {
    }

    Attachment(Request request, @Nullable Comment comment, Account uploadedBy, StoredFile file, boolean internal,
            Instant createdAt) {
        super(request);
        this.comment = comment;
        this.uploadedBy = uploadedBy;
        this.originalName = file.originalName();
        this.storedName = file.storedName();
        this.contentType = file.contentType();
        this.sizeBytes = file.sizeBytes();
        this.internal = internal;
        this.createdAt = createdAt;
    }

    boolean isInternal() {
        return internal;
    }

    String getOriginalName() {
        return originalName;
    }

    String getStoredName() {
        return storedName;
    }

    String getContentType() {
        return contentType;
    }

    long getSizeBytes() {
        return sizeBytes;
    }
}
