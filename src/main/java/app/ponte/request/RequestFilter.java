package app.ponte.request;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What a request list asks for: words of the title, kind, status, and for the team's inbox the
 * organisation, the assignee or only unassigned requests, the start of the affected system's name,
 * requests older than a number of days, and requests filed since a moment (the start of a day in the
 * viewer's time zone); {@code openOnly} leaves out delivered and finished requests (the inbox's default);
 * {@code atRiskOnly} keeps the support requests whose running SLA clock is at risk or breached.
 */
public record RequestFilter(String titleWords, @Nullable RequestKind kind, @Nullable RequestStatus status,
        @Nullable Long organisationId, @Nullable Long assigneeId, boolean unassignedOnly, @Nullable String system,
        @Nullable Integer olderThanDays, @Nullable Instant filedSince, boolean openOnly, boolean atRiskOnly) {

    public static final RequestFilter ALL = new RequestFilter("", null, null, null, null, false);

    public RequestFilter(String titleWords, @Nullable RequestKind kind, @Nullable RequestStatus status,
            @Nullable Long organisationId, @Nullable Long assigneeId, boolean unassignedOnly) {
        this(titleWords, kind, status, organisationId, assigneeId, unassignedOnly, null, null, null);
    }

    public RequestFilter(String titleWords, @Nullable RequestKind kind, @Nullable RequestStatus status,
            @Nullable Long organisationId, @Nullable Long assigneeId, boolean unassignedOnly, @Nullable String system,
            @Nullable Integer olderThanDays) {
        this(titleWords, kind, status, organisationId, assigneeId, unassignedOnly, system, olderThanDays, null);
    }

    public RequestFilter(String titleWords, @Nullable RequestKind kind, @Nullable RequestStatus status,
            @Nullable Long organisationId, @Nullable Long assigneeId, boolean unassignedOnly, @Nullable String system,
            @Nullable Integer olderThanDays, @Nullable Instant filedSince) {
        this(titleWords, kind, status, organisationId, assigneeId, unassignedOnly, system, olderThanDays, filedSince,
                false);
    }

    public RequestFilter(String titleWords, @Nullable RequestKind kind, @Nullable RequestStatus status,
            @Nullable Long organisationId, @Nullable Long assigneeId, boolean unassignedOnly, @Nullable String system,
            @Nullable Integer olderThanDays, @Nullable Instant filedSince, boolean openOnly) {
        this(titleWords, kind, status, organisationId, assigneeId, unassignedOnly, system, olderThanDays, filedSince,
                openOnly, false);
    }

    public RequestFilter filedSince(@Nullable Instant since) {
        return new RequestFilter(titleWords, kind, status, organisationId, assigneeId, unassignedOnly, system,
                olderThanDays, since, openOnly, atRiskOnly);
    }

    public RequestFilter openOnly(boolean open) {
        return new RequestFilter(titleWords, kind, status, organisationId, assigneeId, unassignedOnly, system,
                olderThanDays, filedSince, open, atRiskOnly);
    }

    /** The same filter keeping only running SLA clocks at risk or breached, or no longer so. */
    public RequestFilter atRiskOnly(boolean atRisk) {
        return new RequestFilter(titleWords, kind, status, organisationId, assigneeId, unassignedOnly, system,
                olderThanDays, filedSince, openOnly, atRisk);
    }

    /** The same filter for any status: what the counts per status are taken over. */
    public RequestFilter anyStatus() {
        return new RequestFilter(titleWords, kind, null, organisationId, assigneeId, unassignedOnly, system,
                olderThanDays, filedSince, false, atRiskOnly);
    }
}
