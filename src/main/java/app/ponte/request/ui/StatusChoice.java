package app.ponte.request.ui;

import app.ponte.request.RequestFilter;
import app.ponte.request.RequestStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What a list's status filter offers: the open requests, every request, or those in one status. */
record StatusChoice(@Nullable RequestStatus status, boolean openOnly) {

    static final StatusChoice OPEN = new StatusChoice(null, true);
    static final StatusChoice ANY = new StatusChoice(null, false);

    static List<StatusChoice> all() {
        var choices = new ArrayList<>(List.of(OPEN, ANY));
        for (RequestStatus status : RequestStatus.values()) {
            choices.add(of(status));
        }
        return choices;
    }

    static StatusChoice of(@Nullable RequestStatus status) {
        return status == null ? ANY : new StatusChoice(status, false);
    }

    /** The choice a saved filter had. */
    static StatusChoice of(RequestFilter filter) {
        return filter.status() == null && filter.openOnly() ? OPEN : of(filter.status());
    }

    RequestFilter applyTo(RequestFilter filter) {
        return new RequestFilter(filter.titleWords(), filter.kind(), status, filter.organisationId(),
                filter.assigneeId(), filter.unassignedOnly(), filter.system(), filter.olderThanDays(),
                filter.filedSince(), openOnly, filter.atRiskOnly(), filter.newerThanDays(), filter.ownOnly());
    }

    /** How many requests this choice finds, from the counts per status. */
    long count(Map<RequestStatus, Long> counts) {
        if (status != null) {
            return counts.getOrDefault(status, 0L);
        }
        return counts.entrySet().stream().filter(e -> !openOnly || e.getKey().isOpen())
                .mapToLong(Map.Entry::getValue).sum();
    }

    /** The choice's word, for a list read by the requester's side or by the team. */
    String labelKey(boolean requesterSide) {
        return status != null ? status.labelKey(requesterSide)
                : openOnly ? "requests.status-open" : "requests.all-statuses";
    }
}
