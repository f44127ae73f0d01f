package app.ponte.notification;

import app.ponte.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.CascadeType;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;

/**
 * An e-mail waiting in (or done with) the outbox. Stored before any attempt to send it, clipped to its
 * columns; once sent or given up, its links are removed from the stored copy ({@link MailLinks}), in the HTML
 * alternative too, and its attachments keep only their names.
 */
@Entity
@Table(name = "mail_outbox")
class OutboxMessage extends AbstractEntity {

    static final int SUBJECT_MAX = 300;
    static final int BODY_MAX = 8000;
    static final int ERROR_MAX = 1000;
    /** The HTML alternative is made by Ponte's own templates (a report's key figures): far more is a bug. */
    static final int HTML_MAX = 1_000_000;
    static final int ATTACHMENTS_MAX = 10;

    @Column(name = "recipient", nullable = false, length = 254)
    private String recipient;

    @Column(name = "language", nullable = false, length = 10)
    private String language;

    @Column(name = "subject", nullable = false, length = SUBJECT_MAX)
    private String subject;

    @Column(name = "body", nullable = false, length = BODY_MAX)
    private String body;

    // LONGTEXT: H2 (MariaDB mode) and MariaDB both read it as a long character column, not a large object.
    @Column(name = "html", length = HTML_MAX)
    private @Nullable String html;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @JoinColumn(name = "message_id", nullable = false)
    @OrderBy("position")
    @BatchSize(size = 50)
    private List<OutboxAttachment> attachments = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private OutboxStatus status = OutboxStatus.PENDING;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = ERROR_MAX)
    private @Nullable String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private @Nullable Instant sentAt;

    protected OutboxMessage() {
    }

    OutboxMessage(String recipient, String language, String subject, String body, Instant now) {
        this.recipient = recipient;
        this.language = language;
        this.subject = clip(subject, SUBJECT_MAX);
        this.body = clip(body, BODY_MAX);
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** A message with an HTML alternative (or null) and files; both limited, since only Ponte writes them. */
    OutboxMessage(String recipient, String language, String subject, String body, @Nullable String html,
            List<MailAttachment> files, Instant now) {
        this(recipient, language, subject, body, now);
        if (html != null && html.length() > HTML_MAX) {
            throw new IllegalArgumentException("HTML alternative longer than " + HTML_MAX + " characters");
        }
        if (files.size() > ATTACHMENTS_MAX) {
            throw new IllegalArgumentException("More than " + ATTACHMENTS_MAX + " attachments");
        }
        this.html = html;
        for (int i = 0; i < files.size(); i++) {
            attachments.add(new OutboxAttachment(i, files.get(i)));
        }
    }

    void sent(Instant now) {
        status = OutboxStatus.SENT;
        attempts++;
        sentAt = now;
        lastError = null;
        forget();
    }

    void failed(String error, Instant now, RetryPolicy retryPolicy) {
        attempts++;
        lastError = clip(error, ERROR_MAX);
        if (attempts >= retryPolicy.maxAttempts()) {
            status = OutboxStatus.FAILED;
            forget();
        } else {
            nextAttemptAt = retryPolicy.nextAttempt(attempts, now);
        }
    }

    /** What may open an account or is no longer needed goes once the message is done with. */
    private void forget() {
        body = MailLinks.hide(body);
        html = html == null ? null : MailLinks.hideInHtml(html);
        attachments.forEach(OutboxAttachment::dropContent);
    }

    /** Whether the message needs MIME parts: an HTML alternative or a file. */
    boolean isRich() {
        return html != null || !attachments.isEmpty();
    }

    @Nullable String getHtml() {
        return html;
    }

    List<OutboxAttachment> getAttachments() {
        return List.copyOf(attachments);
    }

    String getRecipient() {
        return recipient;
    }

    String getSubject() {
        return subject;
    }

    String getBody() {
        return body;
    }

    /** The message as the outbox shows it: every link hidden, also while it waits to be sent. */
    OutboxEntry toEntry() {
        return new OutboxEntry(getId() == null ? 0 : getId(), recipient, language, subject, MailLinks.hide(body),
                status, attempts, nextAttemptAt, MailLinks.hideNullable(lastError), createdAt, sentAt,
                attachments.stream().map(OutboxAttachment::getFileName).toList());
    }

    private static String clip(String text, int max) {
        return text.length() > max ? text.substring(0, max - 1) + "…" : text;
    }
}
