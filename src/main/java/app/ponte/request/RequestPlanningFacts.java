package app.ponte.request;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What planning needs to know of a request, published as an application event whenever any of it may have
 * changed (filed, moved, merged, assessed, supported). Planning keeps its own copy: it never reads requests.
 *
 * @param supportingOrganisations organisations that support the request, besides the requester's
 * @param effortLikely the likely effort in days of an accepting assessment; null when not assessed or declined
 */
public record RequestPlanningFacts(long requestId, long organisationId, String title, RequestKind kind,
        RequestStatus status, @Nullable Severity severity, @Nullable LocalDate desiredDate, Set<Long> systemIds,
        int supportingOrganisations, @Nullable BigDecimal effortLikely, @Nullable BigDecimal effortPessimistic) {

    /** Ideas, changes and integrations are ranked by score; faults and questions by severity. */
    public boolean isSupport() {
        return kind == RequestKind.BUG || kind == RequestKind.INCIDENT || kind == RequestKind.QUESTION;
    }

    /** Planned or being worked on: it takes team capacity. */
    public boolean isAccepted() {
        return status == RequestStatus.PLANNED || status == RequestStatus.IN_PROGRESS;
    }
}
