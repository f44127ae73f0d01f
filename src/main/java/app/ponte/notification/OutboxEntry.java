package app.ponte.notification;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An outbox message as the outbox view shows it; {@code attachments} names its files. */
public record OutboxEntry(long id, String recipient, String language, String subject, String body,
        OutboxStatus status, int attempts, Instant nextAttemptAt, @Nullable String lastError, Instant createdAt,
        @Nullable Instant sentAt, List<String> attachments) {

    public OutboxEntry {
        attachments = List.copyOf(attachments);
    }
}
