package app.ponte.notification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An outbox message as the outbox view shows it. */
public record OutboxEntry(long id, String recipient, String language, String subject, String body,
        OutboxStatus status, int attempts, Instant nextAttemptAt, @Nullable String lastError, Instant createdAt,
        @Nullable Instant sentAt) {
}
