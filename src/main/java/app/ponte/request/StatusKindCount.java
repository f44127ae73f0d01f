package app.ponte.request;

/** How many of an organisation's own requests are in one status and of one kind. */
public record StatusKindCount(RequestStatus status, RequestKind kind, long count) {

    /** "Our requests" filtered to what this figure counts: the organisation's own requests in the status and kind. */
    public RequestFilter filter() {
        return new RequestFilter("", kind, status, null, null, false).ownOnly(true);
    }
}
