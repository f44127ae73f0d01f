package app.ponte.planning;

import app.ponte.request.RequestKind;
import app.ponte.request.RequestStatus;
import app.ponte.request.Severity;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A line of the backlog board: where the request ranks, why (its score, and the last manual move with its
 * reason), and when the schedule expects it done.
 */
public record BacklogRow(long requestId, int position, String title, String organisationName, RequestKind kind,
        RequestStatus status, @Nullable Severity severity, double score, double computedScore,
        boolean placedManually, @Nullable RankMoveEntry lastMove, @Nullable LocalDate deadline,
        @Nullable LocalDate plannedFinish, long version) {
}
