package app.ponte.notification;

import app.ponte.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An e-mail waiting in (or done with) the outbox. Stored before any attempt to send it, clipped to its
 * columns; once sent or given up, its links are removed from the stored copy ({@link MailLinks}).
 */
@Entity
@Table(name = "mail_outbox")
class OutboxMessage extends AbstractEntity {

    static final int SUBJECT_MAX = 300;
    static final int BODY_MAX = 8000;
    static final int ERROR_MAX = 1000;

    @Column(name = "recipient", nullable = false, length = 254)
    private String recipient;

    @Column(name = "language", nullable = false, length = 10)
    private String language;

    @Column(name = "subject", nullable = false, length = SUBJECT_MAX)
    private String subject;

    @Column(name = "body", nullable = false, length = BODY_MAX)
    private String body;

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

    void sent(Instant now) {
        status = OutboxStatus.SENT;
        attempts++;
        sentAt = now;
        lastError = null;
        body = MailLinks.hide(body);
    }

    void failed(String error, Instant now, RetryPolicy retryPolicy) {
        attempts++;
        lastError = clip(error, ERROR_MAX);
        if (attempts >= retryPolicy.maxAttempts()) {
            status = OutboxStatus.FAILED;
            body = MailLinks.hide(body);
        } else {
            nextAttemptAt = retryPolicy.nextAttempt(attempts, now);
        }
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
                status, attempts, nextAttemptAt, MailLinks.hideNullable(lastError), createdAt, sentAt);
    }

    private static String clip(String text, int max) {
        return text.length() > max ? text.substring(0, max - 1) + "…" : text;
    }
}
