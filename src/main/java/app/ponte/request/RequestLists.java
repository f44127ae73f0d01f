package app.ponte.request;

import app.ponte.security.RequesterOnly;
import app.ponte.security.TeamOnly;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The request lists and their exports: "Our requests" for departments and clients (their own and the shared
 * ones they support), the inbox for the team. Newest first, a page at a time.
 */
@Service
@Transactional(readOnly = true)
public class RequestLists {

    /** An export holds at most this many rows; narrow the filters for more. */
    public static final int EXPORT_MAX = 20_000;
    private static final int EXPORT_PAGE = 1_000;
    /**
     * The sort property of a list sorted by next breach (a {@link Pageable}'s sort): soonest due first, paused
     * clocks after running ones, requests without a deadline last; newest first without it.
     */
    public static final String NEXT_BREACH = "nextBreach";

    private final RequestRepository requests;
    private final RequestAccess access;

    RequestLists(RequestRepository requests, RequestAccess access) {
        this.requests = requests;
        this.access = access;
    }

    /** "Our requests": the caller's organisation's requests, newest first. */
    @RequesterOnly
    public Slice<RequestSummary> ours(RequestFilter filter, Pageable pageable) {
        long organisationId = access.callerOrganisationId();
        return requests.findPage(organisationId, own(filter), pageable)
                .map(row -> row.organisationId() == organisationId ? row : row.asSupporter());
    }

    /** How many of "Our requests" the filter finds in each status, its status choice left aside. */
    @RequesterOnly
    public Map<RequestStatus, Long> oursByStatus(RequestFilter filter) {
        return requests.countByStatus(access.callerOrganisationId(), own(filter));
    }

    /** The filters a requester may use on "Our requests": no organisation or assignee of the team's. */
    private static RequestFilter own(RequestFilter filter) {
        return new RequestFilter(filter.titleWords(), filter.kind(), filter.status(), null, null, false,
                filter.system(), filter.olderThanDays(), filter.filedSince(), filter.openOnly(), filter.atRiskOnly(),
                filter.newerThanDays(), filter.ownOnly());
    }

    /** The rows an export of "Our requests" holds: what the list shows, page after page, up to a limit. */
    @RequesterOnly
    public List<RequestSummary> exportOurs(RequestFilter filter) {
        return collect(pageable -> ours(filter, pageable));
    }

    /** The team's inbox: every organisation's requests, newest first, with the team's filters. */
    @TeamOnly
    public Slice<RequestSummary> inbox(RequestFilter filter, Pageable pageable) {
        return requests.findPage(null, filter, pageable);
    }

    /** How many requests of the inbox the filter finds in each status, its status choice left aside. */
    @TeamOnly
    public Map<RequestStatus, Long> inboxByStatus(RequestFilter filter) {
        return requests.countByStatus(null, filter);
    }

    /** The rows an export of the inbox holds, with the same filters. */
    @TeamOnly
    public List<RequestSummary> exportInbox(RequestFilter filter) {
        return collect(pageable -> inbox(filter, pageable));
    }

    private static List<RequestSummary> collect(Function<Pageable, Slice<RequestSummary>> pages) {
        var rows = new ArrayList<RequestSummary>();
        Slice<RequestSummary> page = pages.apply(PageRequest.of(0, EXPORT_PAGE));
        rows.addAll(page.getContent());
        while (page.hasNext() && rows.size() < EXPORT_MAX) {
            page = pages.apply(page.nextPageable());
            rows.addAll(page.getContent());
        }
        return rows.size() > EXPORT_MAX ? rows.subList(0, EXPORT_MAX) : rows;
    }
}
