package app.ponte.request;

import org.jspecify.annotations.Nullable;

/**
 * What a request list asks for: words of the title, kind, status, and for the team's inbox the
 * organisation, the assignee or only unassigned requests.
 */
public record RequestFilter(String titleWords, @Nullable RequestKind kind, @Nullable RequestStatus status,
        @Nullable Long organisationId, @Nullable Long assigneeId, boolean unassignedOnly) {

    public static final RequestFilter ALL = new RequestFilter("", null, null, null, null, false);

    public RequestFilter withStatus(@Nullable RequestStatus newStatus) {
        return new RequestFilter(titleWords, kind, newStatus, organisationId, assigneeId, unassignedOnly);
    }
}
