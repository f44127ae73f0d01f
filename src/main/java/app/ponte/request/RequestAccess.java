package app.ponte.request;

import app.ponte.security.CurrentUser;
import app.ponte.security.OrganisationScope;
import app.ponte.security.TenantScope;
import org.springframework.stereotype.Component;

/**
 * The single door to a request by id: the team sees every request, anybody else only their active
 * organisation's. Anything else is "not found", recorded in the audit trail, exactly like an id
 * that does not exist.
 */
@Component
class RequestAccess {

    private final RequestRepository requests;
    private final SupportRepository supports;
    private final CurrentUser currentUser;
    private final OrganisationScope organisations;

    RequestAccess(RequestRepository requests, SupportRepository supports, CurrentUser currentUser,
            OrganisationScope organisations) {
        this.requests = requests;
        this.supports = supports;
        this.currentUser = currentUser;
        this.organisations = organisations;
    }

    Request open(String action, long requestId) {
        TenantScope scope = organisations.current();
        return requests.findById(requestId)
                .filter(request -> scope.includes(request.getOrganisation().getId()))
                .orElseThrow(() -> organisations.notFound(action, "Request", requestId));
    }

    /**
     * FULL for the team and the request's own organisation; SHARED for another organisation that
     * {@linkplain #readsPublicPart reads its public part}; otherwise "not found", recorded.
     */
    RequestVisibility visibility(String action, long requestId) {
        TenantScope scope = organisations.current();
        Request request = requests.findById(requestId)
                .orElseThrow(() -> organisations.notFound(action, "Request", requestId));
        if (scope.includes(request.getOrganisation().getId())) {
            return RequestVisibility.FULL;
        }
        if (readsPublicPart(request, scope)) {
            return RequestVisibility.SHARED;
        }
        throw organisations.notFound(action, "Request", requestId);
    }

    /** Another organisation's request whose public part the caller's organisation reads. */
    Request openShared(String action, long requestId) {
        TenantScope scope = organisations.current();
        return requests.findById(requestId)
                .filter(request -> !scope.seesEveryOrganisation() && !scope.includes(request.getOrganisation().getId())
                        && readsPublicPart(request, scope))
                .orElseThrow(() -> organisations.notFound(action, "Request", requestId));
    }

    /**
     * Who reads the public part (title and description) of another organisation's request: every organisation
     * while the team shares it, and the organisations supporting it, shared or not. Merging a duplicate from
     * another organisation makes that organisation a supporter ({@link RequestMerger}): it follows the original,
     * and nobody else gains anything. Once supporting, an organisation keeps following when sharing stops.
     */
    private boolean readsPublicPart(Request request, TenantScope scope) {
        return request.isShared()
                || supports.existsByRequestIdAndOrganisationId(request.getId(), scope.organisationId());
    }

    /** The answer for any other id outside the caller's reach: "not found", recorded. */
    RuntimeException refused(String action, String targetType, long id) {
        return organisations.notFound(action, targetType, id);
    }

    boolean callerIsTeam() {
        return organisations.seesEveryOrganisation();
    }

    long callerAccountId() {
        return currentUser.require().accountId();
    }

    /** The caller's scope for a change in their organisation (refused from a page opened in another one). */
    TenantScope forChange() {
        return organisations.forChange();
    }

    /** The organisation a non-team caller lists: their active membership's. */
    long callerOrganisationId() {
        return currentUser.require().requireActive().organisationId();
    }
}
