package app.ponte.request;

import java.time.Instant;

/**
 * The team's queue at a glance: open requests nobody is assigned to, requests waiting for their requester, and
 * open requests filed since the start of the viewer's day. {@link #filters} says which inbox each one counts.
 */
public record QueueFigures(long unassigned, long waitingForRequester, long newToday) {

    /** The inbox's filter behind each figure, in the record's order. */
    public static java.util.List<RequestFilter> filters(Instant startOfToday) {
        return java.util.List.of(new RequestFilter("", null, null, null, null, true).openOnly(true),
                new RequestFilter("", null, RequestStatus.WAITING_FOR_REQUESTER, null, null, false),
                RequestFilter.ALL.openOnly(true).filedSince(startOfToday));
    }
}
