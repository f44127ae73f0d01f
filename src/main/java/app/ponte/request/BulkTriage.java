package app.ponte.request;

import app.ponte.base.ConcurrentEditException;
import app.ponte.base.RejectedInputException;
import app.ponte.security.TeamOnly;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Triage of several requests at once from the inbox. Each request is changed in a transaction of its
 * own through the same checks as one by one, with the version the team member saw: one that somebody
 * changed meanwhile is left alone and reported, never overwritten, and the others still go through.
 */
@Service
public class BulkTriage {

    /** Declining and merging need a reason or an original per request: never in bulk. */
    public static final List<RequestStatus> BULK_STATUSES = List.of(RequestStatus.TRIAGED, RequestStatus.PLANNED,
            RequestStatus.IN_PROGRESS, RequestStatus.WAITING_FOR_REQUESTER, RequestStatus.CLOSED);

    private final RequestWorkflow workflow;
    private final RequestReading reading;

    BulkTriage(RequestWorkflow workflow, RequestReading reading) {
        this.workflow = workflow;
        this.reading = reading;
    }

    @TeamOnly
    public BulkOutcome apply(List<RequestSummary> selected, BulkChange change) {
        if (change.status() != null && !BULK_STATUSES.contains(change.status())) {
            throw new RejectedInputException("status", "request.error.move-not-allowed");
        }
        var changed = new ArrayList<Long>();
        var meanwhile = new ArrayList<Long>();
        var notApplicable = new ArrayList<Long>();
        for (RequestSummary row : selected) {
            try {
                applyTo(row, change);
                changed.add(row.id());
            } catch (ConcurrentEditException e) {
                meanwhile.add(row.id());
            } catch (RejectedInputException e) {
                notApplicable.add(row.id());
            }
        }
        return new BulkOutcome(changed, meanwhile, notApplicable);
    }

    /** Checks everything first, so that a request is changed wholly or not at all. */
    private void applyTo(RequestSummary row, BulkChange change) {
        RequestDetails current = reading.details(row.id());
        if (current.version() != row.version()) {
            throw new ConcurrentEditException();
        }
        boolean move = change.status() != null && change.status() != current.status();
        if (move && !current.viewer().teamMoves().contains(change.status())) {
            throw new RejectedInputException("status", "request.error.move-not-allowed");
        }
        long version = row.version();
        boolean triage = change.assigneeId() != null || change.unassign() || change.priority() != null;
        if (triage) {
            Long assignee = change.unassign() ? null
                    : change.assigneeId() != null ? change.assigneeId() : current.triage().assigneeId();
            Priority priority = change.priority() != null ? change.priority() : current.triage().priority();
            version = workflow.triage(row.id(), assignee, priority, version);
        }
        if (move) {
            workflow.move(row.id(), change.status(), null, version);
        }
    }
}
