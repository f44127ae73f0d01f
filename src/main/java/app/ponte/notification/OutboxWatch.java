package app.ponte.notification;

import java.util.List;

/**
 * The outbox as the administrators' dashboard watches it: how many messages wait to be tried again after a failure,
 * how many were given up, how many went out in the last 24 hours, and the latest failures.
 *
 * @param latestFailures empty where the outbox may not be read (only the counts are shown there)
 */
public record OutboxWatch(long retrying, long givenUp, long sentLastDay, boolean readable,
        List<OutboxFailure> latestFailures) {

    public OutboxWatch {
        latestFailures = List.copyOf(latestFailures);
    }
}
