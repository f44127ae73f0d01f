package app.ponte.planning;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A conflict as the team's conflict view shows it: what collides (the request, the system, the window or
 * the dates), who is affected (the requester's organisation and the other side), and what was done.
 *
 * @param startsOn the freeze window's first day, or for capacity the request's deadline
 * @param endsOn the freeze window's last day, or for capacity the day the schedule expects it done
 * @param windowReason why the other organisation froze the system; null for capacity conflicts
 * @param handledBy the team member who last handled it; null while nobody did
 * @param active whether it is still found; a conflict that went away stays on record
 */
public record ConflictRow(long id, ConflictKind kind, long requestId, String requestTitle,
        String requesterOrganisation, String affectedOrganisation, @Nullable String systemName,
        @Nullable LocalDate askedDate, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn,
        @Nullable String windowReason, ConflictHandling handling, @Nullable LocalDate decideBy,
        @Nullable String note, Instant detectedAt, @Nullable String handledBy, @Nullable Instant handledAt,
        boolean active, long version) {
}
