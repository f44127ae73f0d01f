package app.ponte.request;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A row of a request list. On another organisation's shared request that the viewer's organisation
 * supports, organisation and requester are left out ({@link #asSupporter()}).
 */
public record RequestSummary(long id, String title, RequestKind kind, RequestStatus status, long organisationId,
        @Nullable String organisationName, @Nullable String requesterName, @Nullable String assigneeName, @Nullable Priority priority, @Nullable Severity severity,
        Instant createdAt, Instant updatedAt, long version) {

    /** The row as a supporting organisation sees it: no names of the requester's side. */
    public RequestSummary asSupporter() {
        return new RequestSummary(id, title, kind, status, 0, null, null, null, null, severity, createdAt, updatedAt,
                version);
    }

    public boolean supportedOnly() {
        return requesterName == null;
    }
}
