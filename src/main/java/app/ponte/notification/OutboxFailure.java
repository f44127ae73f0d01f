package app.ponte.notification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A failing outbox message as the administrators' dashboard lists it: links hidden and the error trimmed, as the
 * outbox view's rules say.
 *
 * @param nextAttemptAt when it is tried again (given up: when it would have been)
 */
public record OutboxFailure(long id, String recipient, String subject, OutboxStatus status, int attempts,
        @Nullable String error, Instant nextAttemptAt) {
}
