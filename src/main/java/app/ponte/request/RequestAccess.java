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
    private final CurrentUser currentUser;
    private final OrganisationScope organisations;

    RequestAccess(RequestRepository requests, CurrentUser currentUser, OrganisationScope organisations) {
        this.requests = requests;
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
     * FULL for the team and the request's own organisation; SHARED for any other organisation when the
     * team shared the request; otherwise "not found", recorded.
     */
    RequestVisibility visibility(String action, long requestId) {
        TenantScope scope = organisations.current();
        Request request = requests.findById(requestId)
                .orElseThrow(() -> organisations.notFound(action, "Request", requestId));
        if (scope.includes(request.getOrganisation().getId())) {
            return RequestVisibility.FULL;
        }
        if (request.isShared()) {
            return RequestVisibility.SHARED;
        }
        throw organisations.notFound(action, "Request", requestId);
    }

    /** A request shared with every organisation, opened by another organisation than its own. */
    Request openShared(String action, long requestId) {
        TenantScope scope = organisations.current();
        return requests.findById(requestId)
                .filter(request -> request.isShared() && !scope.seesEveryOrganisation()
                        && !scope.includes(request.getOrganisation().getId()))
                .orElseThrow(() -> organisations.notFound(action, "Request", requestId));
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

    /** The organisation a non-team caller files for and lists: their active membership's. */
    long callerOrganisationId() {
        return currentUser.require().requireActive().organisationId();
    }
}
