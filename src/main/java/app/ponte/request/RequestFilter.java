package app.ponte.request;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What a request list asks for: words of the title, kind, status, and for the team's inbox the
 * organisation, the assignee or only unassigned requests, the start of the affected system's name,
 * requests older than a number of days, and requests filed since a moment (the start of a day in the
 * viewer's time zone); {@code openOnly} leaves out delivered and finished requests (the inbox's default);
 * {@code atRiskOnly} keeps the support requests whose running SLA clock is at risk or breached.
 * {@code newerThanDays} keeps requests filed less than that many days ago (with {@code olderThanDays}, an age
 * range: the dashboard's age buckets lead to exactly the requests they count); {@code ownOnly} leaves out, in an
 * organisation's list, the requests it merely supports (what its dashboard counts as its own).
 */
public record RequestFilter(String titleWords, @Nullable RequestKind kind, @Nullable RequestStatus status,
        @Nullable Long organisationId, @Nullable Long assigneeId, boolean unassignedOnly, @Nullable String system,
        @Nullable Integer olderThanDays, @Nullable Instant filedSince, boolean openOnly, boolean atRiskOnly,
        @Nullable Integer newerThanDays, boolean ownOnly) {

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

    public RequestFilter(String titleWords, @Nullable RequestKind kind, @Nullable RequestStatus status,
            @Nullable Long organisationId, @Nullable Long assigneeId, boolean unassignedOnly, @Nullable String system,
            @Nullable Integer olderThanDays, @Nullable Instant filedSince, boolean openOnly, boolean atRiskOnly) {
        this(titleWords, kind, status, organisationId, assigneeId, unassignedOnly, system, olderThanDays, filedSince,
                openOnly, atRiskOnly, null, false);
    }

    public RequestFilter filedSince(@Nullable Instant since) {
        return new RequestFilter(titleWords, kind, status, organisationId, assigneeId, unassignedOnly, system,
                olderThanDays, since, openOnly, atRiskOnly, newerThanDays, ownOnly);
    }

    public RequestFilter openOnly(boolean open) {
        return new RequestFilter(titleWords, kind, status, organisationId, assigneeId, unassignedOnly, system,
                olderThanDays, filedSince, open, atRiskOnly, newerThanDays, ownOnly);
    }

    /** The same filter keeping only running SLA clocks at risk or breached, or no longer so. */
    public RequestFilter atRiskOnly(boolean atRisk) {
        return new RequestFilter(titleWords, kind, status, organisationId, assigneeId, unassignedOnly, system,
                olderThanDays, filedSince, openOnly, atRisk, newerThanDays, ownOnly);
    }

    /** The same filter for any status: what the counts per status are taken over. */
    public RequestFilter anyStatus() {
        return new RequestFilter(titleWords, kind, null, organisationId, assigneeId, unassignedOnly, system,
                olderThanDays, filedSince, false, atRiskOnly, newerThanDays, ownOnly);
    }

    /** The same filter for requests filed less than {@code days} days ago, or of any age. */
    public RequestFilter newerThanDays(@Nullable Integer days) {
        return new RequestFilter(titleWords, kind, status, organisationId, assigneeId, unassignedOnly, system,
                olderThanDays, filedSince, openOnly, atRiskOnly, days, ownOnly);
    }

    /** The same filter for the organisation's own requests only, or also those it supports. */
    public RequestFilter ownOnly(boolean own) {
        return new RequestFilter(titleWords, kind, status, organisationId, assigneeId, unassignedOnly, system,
                olderThanDays, filedSince, openOnly, atRiskOnly, newerThanDays, own);
    }
}
