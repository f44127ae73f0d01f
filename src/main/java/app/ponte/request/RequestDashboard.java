package app.ponte.request;

import app.ponte.security.RequesterOnly;
import app.ponte.security.TeamOnly;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The request feature's figures for the dashboards. A requester's are over its organisation's own requests (not
 * the shared ones it merely supports: their status and age are another organisation's), the rows "Our requests"
 * lists with "own only"; the team's are over every organisation's open requests, the rows of the inbox. Each
 * figure is counted with the filter of the list it leads to ({@link StatusKindCount#filter}, {@link AgeBucket#filter},
 * {@link QueueFigures#filters}), so that the two agree.
 */
@Service
@Transactional(readOnly = true)
public class RequestDashboard {

    private final RequestRepository requests;
    private final RequestAccess access;

    RequestDashboard(RequestRepository requests, RequestAccess access) {
        this.requests = requests;
        this.access = access;
    }

    /** The caller's organisation's own requests per status and kind. */
    @RequesterOnly
    public List<StatusKindCount> oursByStatusAndKind() {
        return requests.countByStatusAndKind(own(RequestFilter.ALL));
    }

    /** The caller's organisation's open requests that were filed first, at most {@code limit}. */
    @RequesterOnly
    public List<OpenRequest> oursOldestOpen(int limit) {
        return requests.oldest(own(RequestFilter.ALL.openOnly(true)), limit);
    }

    /** How many of the caller's organisation's requests wait for its answer. */
    @RequesterOnly
    public long oursWaitingCount() {
        return requests.count(own(waiting()));
    }

    /** The caller's organisation's requests waiting for its answer the longest, at most {@code limit}. */
    @RequesterOnly
    public List<OpenRequest> oursWaiting(int limit) {
        return requests.oldest(own(waiting()), limit);
    }

    /** Every organisation's open requests per age bucket (each bucket present, zero when empty). */
    @TeamOnly
    public Map<AgeBucket, Long> openByAge() {
        var counts = new EnumMap<AgeBucket, Long>(AgeBucket.class);
        for (AgeBucket bucket : AgeBucket.values()) {
            counts.put(bucket, requests.count(bucket.filter()));
        }
        return counts;
    }

    /** The {@code top} organisations with the most open requests, and how many open requests the others have. */
    @TeamOnly
    public OpenByOrganisation openByOrganisation(int top) {
        RequestFilter open = RequestFilter.ALL.openOnly(true);
        List<OrganisationCount> most = requests.countByOrganisation(open, top);
        long shown = most.stream().mapToLong(OrganisationCount::count).sum();
        return new OpenByOrganisation(most, requests.count(open) - shown);
    }

    /** The queue's figures, "new today" counted from {@code startOfToday} (the start of the viewer's day). */
    @TeamOnly
    public QueueFigures queue(Instant startOfToday) {
        List<Long> counts = QueueFigures.filters(startOfToday).stream().map(requests::count).toList();
        return new QueueFigures(counts.get(0), counts.get(1), counts.get(2));
    }

    /** Open requests per organisation: the most first, and the rest in one figure. */
    public record OpenByOrganisation(List<OrganisationCount> top, long others) {
    }

    private static RequestFilter waiting() {
        return new RequestFilter("", null, RequestStatus.WAITING_FOR_REQUESTER, null, null, false);
    }

    private RequestFilter own(RequestFilter filter) {
        return new RequestFilter(filter.titleWords(), filter.kind(), filter.status(), access.callerOrganisationId(),
                null, false, null, filter.olderThanDays(), filter.filedSince(), filter.openOnly(), false,
                filter.newerThanDays(), true);
    }
}
