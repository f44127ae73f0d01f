package app.ponte.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A request as the caller may see it, with what the caller may do next: the team's possible moves,
 * and for the requester whether they can withdraw or re-open it.
 */
public record RequestDetails(long id, long version, RequestKind kind, RequestStatus status, String title,
        String problem, long organisationId, String organisationName, String requesterName,
        @Nullable String affectedPeople, @Nullable String intendedUse, @Nullable String businessImpact,
        @Nullable LocalDate desiredDate, @Nullable String desiredDateReason, @Nullable String affectedSystem,
        @Nullable Severity severity, @Nullable String steps, @Nullable String occurringSince,
        @Nullable String systemsInvolved, @Nullable String dataInvolved, @Nullable Boolean personalData,
        @Nullable Priority priority, @Nullable Long assigneeId, @Nullable String assigneeName,
        @Nullable String declineReason, @Nullable Long duplicateOfId, boolean shared, Instant createdAt,
        Instant statusChangedAt,
        boolean viewerIsTeam, boolean watching, Set<RequestStatus> teamMoves, boolean withdrawable, boolean reopenable,
        List<String> systems) {
}
