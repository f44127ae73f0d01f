package app.ponte.security;

import java.util.OptionalLong;
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
    private final OpenedPages pages;
    private final ApplicationEventPublisher events;

    OrganisationScope(CurrentUser currentUser, OpenedPages pages, ApplicationEventPublisher events) {
        this.currentUser = currentUser;
        this.pages = pages;
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

    /**
     * The scope of a change made in the organisation the caller works in: a request filed, support given, a
     * freeze declared. A page remembers the organisation it was opened in ({@link OpenedPages}); when the
     * person has switched to another since (in another tab), the change is refused with
     * {@link OrganisationChangedException} instead of landing in an organisation the page does not show.
     */
    public TenantScope forChange() {
        PonteUser user = currentUser.require();
        MembershipGrant active = user.requireActive();
        OptionalLong opened = pages.organisationOfCurrentPage();
        if (opened.isPresent() && opened.getAsLong() != active.organisationId()) {
            throw new OrganisationChangedException(active.organisationName(), user.memberships().stream()
                    .filter(grant -> grant.organisationId() == opened.getAsLong())
                    .map(MembershipGrant::organisationName).findFirst().orElse(null));
        }
        return TenantScope.of(active);
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
