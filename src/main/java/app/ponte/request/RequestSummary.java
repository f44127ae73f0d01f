package app.ponte.request;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A row of a request list, with the SLA clocks' copy of its next deadline ({@link SupportDeadline#NONE} for a
 * request without a running clock). On another organisation's shared request that the viewer's organisation
 * supports, organisation, requester and deadline are left out ({@link #asSupporter()}): the promise is made to
 * the requesting organisation, not to its supporters.
 */
public record RequestSummary(long id, String title, RequestKind kind, RequestStatus status, long organisationId,
        @Nullable String organisationName, @Nullable String requesterName, @Nullable String assigneeName,
        @Nullable Priority priority, @Nullable Severity severity, Instant createdAt, Instant updatedAt, long version,
        SupportDeadline deadline) {

    /** A row without deadline (a product request, or a list that does not show deadlines). */
    public RequestSummary(long id, String title, RequestKind kind, RequestStatus status, long organisationId,
            @Nullable String organisationName, @Nullable String requesterName, @Nullable String assigneeName,
            @Nullable Priority priority, @Nullable Severity severity, Instant createdAt, Instant updatedAt,
            long version) {
        this(id, title, kind, status, organisationId, organisationName, requesterName, assigneeName, priority,
                severity, createdAt, updatedAt, version, SupportDeadline.NONE);
    }

    /** The row as the list query reads it, the deadline from the request's four SLA columns. */
    public RequestSummary(long id, String title, RequestKind kind, RequestStatus status, long organisationId,
            @Nullable String organisationName, @Nullable String requesterName, @Nullable String assigneeName,
            @Nullable Priority priority, @Nullable Severity severity, Instant createdAt, Instant updatedAt,
            long version, @Nullable SlaTarget slaTarget, @Nullable Instant slaDueAt, @Nullable Instant slaAtRiskAt,
            boolean slaPaused) {
        this(id, title, kind, status, organisationId, organisationName, requesterName, assigneeName, priority,
                severity, createdAt, updatedAt, version, new SupportDeadline(slaTarget, slaDueAt, slaAtRiskAt, slaPaused));
    }

    /** The row as a supporting organisation sees it: no names of the requester's side, no deadline. */
    public RequestSummary asSupporter() {
        return new RequestSummary(id, title, kind, status, 0, null, null, null, null, severity, createdAt, updatedAt,
                version, SupportDeadline.NONE);
    }

    public boolean supportedOnly() {
        return requesterName == null;
    }
}
