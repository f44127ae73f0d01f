package app.ponte.notification;

import app.ponte.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An e-mail waiting in (or done with) the outbox. Stored before any attempt to send it. */
@Entity
@Table(name = "mail_outbox")
class OutboxMessage extends AbstractEntity {

    @Column(name = "recipient", nullable = false, length = 254)
    private String recipient;

    @Column(name = "language", nullable = false, length = 10)
    private String language;

    @Column(name = "subject", nullable = false, length = 300)
    private String subject;

    @Column(name = "body", nullable = false, length = 8000)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private OutboxStatus status = OutboxStatus.PENDING;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 1000)
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
        this.subject = subject;
        this.body = body;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    void sent(Instant now) {
        status = OutboxStatus.SENT;
        attempts++;
        sentAt = now;
        lastError = null;
    }

    void failed(String error, Instant now, RetryPolicy retryPolicy) {
        attempts++;
        lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
        if (attempts >= retryPolicy.maxAttempts()) {
            status = OutboxStatus.FAILED;
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

    OutboxEntry toEntry() {
        return new OutboxEntry(getId() == null ? 0 : getId(), recipient, language, subject, body, status, attempts,
                nextAttemptAt,
                lastError, createdAt, sentAt);
    }
}
