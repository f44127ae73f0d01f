package app.ponte.request;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A request as the caller may see it: what was asked (the answers its kind asks for, the systems it touches),
 * how the team triaged it, what the caller may do next ({@link Viewer}), and the SLA clocks' copy of its next
 * deadline ({@link SupportDeadline#NONE} without a running clock).
 */
public record RequestDetails(long id, long version, RequestKind kind, RequestStatus status, String title,
        String problem, long organisationId, String organisationName, String requesterName,
        ProductAnswers product, FaultAnswers fault, IntegrationAnswers integration,
        @Nullable String affectedSystem, List<String> systems, Triage triage, Instant createdAt,
        Instant statusChangedAt, Viewer viewer, SupportDeadline deadline) {

    /**
     * What the team decided about the request: its priority and assignee, why it was declined, the original it
     * duplicates, and whether it is shared with every organisation.
     */
    public record Triage(@Nullable Priority priority, @Nullable Long assigneeId, @Nullable String assigneeName,
            @Nullable String declineReason, @Nullable Long duplicateOfId, boolean shared) {
    }

    /**
     * The reader and what they may do: whether they are on the team (and which moves the team may make), whether
     * they watch it, and, for its requester, whether they can withdraw or re-open it.
     */
    public record Viewer(boolean team, boolean watching, Set<RequestStatus> teamMoves, boolean withdrawable,
            boolean reopenable) {
    }
}
