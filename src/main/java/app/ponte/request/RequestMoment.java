package app.ponte.request;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A moment in a request's life that promises about time depend on (SLA clocks, paging, feedback), published
 * as an application event inside the transaction of the change, after the change is saved. Listeners keep
 * their own records from it and never read the request feature's tables.
 *
 * @param from the status before a {@link Kind#STATUS_CHANGED}; otherwise the current status
 * @param actorId the account that made the change
 */
public record RequestMoment(Kind moment, long requestId, long organisationId, String title, RequestKind kind,
        @Nullable RequestStatus from, RequestStatus status, @Nullable Priority priority, @Nullable Severity severity,
        Set<Long> systemIds, long requesterId, @Nullable Long assigneeId, long actorId, Instant at) {

    public enum Kind {
        /** Filed (status NEW). */
        FILED,
        /** A team member wrote the first or a later public reply (internal notes are no answer). */
        TEAM_ANSWERED,
        /** Someone of the requester's organisation wrote a public comment. */
        REQUESTER_ANSWERED,
        /** The status moved from {@code from} to {@code status}. */
        STATUS_CHANGED,
        /** The team changed the priority or the assignee. */
        TRIAGED
    }

    public RequestMoment {
        systemIds = Set.copyOf(systemIds);
    }

    /** Bugs, incidents and questions: the kinds that run on SLA clocks. */
    public boolean isSupport() {
        return kind == RequestKind.BUG || kind == RequestKind.INCIDENT || kind == RequestKind.QUESTION;
    }
}
