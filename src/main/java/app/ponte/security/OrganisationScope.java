package app.ponte.security;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The one place that says which organisations the signed-in user's active membership reaches: the team
 * (team members and administrators) sees every organisation, anybody else only their active one. An id
 * outside that scope is answered as "not found", the same answer as for an id that does not exist, and
 * the attempt is left in the audit trail.
 */
@Component
public class OrganisationScope {

    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    OrganisationScope(CurrentUser currentUser, ApplicationEventPublisher events) {
        this.currentUser = currentUser;
        this.events = events;
    }

    /** The scope repository queries take as an argument. */
    public TenantScope current() {
        return currentUser.scope();
    }

    public boolean seesEveryOrganisation() {
        return current().seesEveryOrganisation();
    }

    /** The organisation the caller works in (for the team: the team's own). */
    public long activeOrganisation() {
        return current().organisationId();
    }

    /** Null for the team (no restriction), otherwise the caller's organisation: a query's organisation filter. */
    public @Nullable Long restriction() {
        TenantScope scope = current();
        return scope.seesEveryOrganisation() ? null : scope.organisationId();
    }

    /** The organisation asked for when the caller may read it; otherwise "not found", audited. */
    public long require(long organisationId, String action) {
        if (!current().includes(organisationId)) {
            throw notFound(action, "Organisation", organisationId);
        }
        return organisationId;
    }

    /**
     * An id that does not exist or lies outside the caller's scope: the same "not found" for both, so nobody
     * can probe for other organisations' records, and a trace in the audit trail.
     */
    public NotFoundInScopeException notFound(String action, String targetType, long id) {
        events.publishEvent(new AccessRefused(action, targetType, id));
        return new NotFoundInScopeException(targetType, id);
    }
}
