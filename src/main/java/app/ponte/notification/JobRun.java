package app.ponte.notification;

import java.time.Instant;

/**
 * A scheduled job as its lock row tells it: when it last started, until when it holds the lock, on which node, and
 * whether it holds it now (running, or resting its minimum lock time after a very short run).
 */
public record JobRun(String name, Instant lastStartedAt, Instant lockedUntil, String lockedBy, boolean running) {
}
