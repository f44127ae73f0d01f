package app.ponte.notification;

import java.time.Duration;
import java.time.Instant;

/**
 * When to try a failed e-mail again: after 1, 2, 4, 8 ... minutes, at most an hour apart, and give up
 * after {@code maxAttempts} tries (the message stays in the outbox, marked failed).
 */
record RetryPolicy(Duration firstDelay, Duration maxDelay, int maxAttempts) {

    static final RetryPolicy DEFAULT = new RetryPolicy(Duration.ofMinutes(1), Duration.ofHours(1), 12);

    Instant nextAttempt(int attemptsSoFar, Instant now) {
        long factor = 1L << Math.min(30, Math.max(0, attemptsSoFar - 1));
        Duration delay = firstDelay.multipliedBy(factor);
        return now.plus(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
    }
}
