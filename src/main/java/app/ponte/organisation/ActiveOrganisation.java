package app.ponte.organisation;

import app.ponte.audit.AdministrativeChange;
import app.ponte.security.AnyoneSignedIn;
import app.ponte.security.CurrentUser;
import app.ponte.security.MembershipGrant;
import app.ponte.security.OrganisationScope;
import app.ponte.security.OrganisationSwitcher;
import app.ponte.security.PonteUser;
import app.ponte.security.PrincipalRefresher;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Switches a person with several memberships to another of their organisations. Memberships are read
 * again from the database, so one removed since sign-in cannot be switched to.
 */
@Service
@Transactional(readOnly = true)
public class ActiveOrganisation implements OrganisationSwitcher {

    private final AccountRepository accounts;
    private final AccountSignIn principals;
    private final CurrentUser currentUser;
    private final PrincipalRefresher principalRefresher;
    private final OrganisationScope scope;
    private final ApplicationEventPublisher events;

    ActiveOrganisation(AccountRepository accounts, AccountSignIn principals,
            CurrentUser currentUser, PrincipalRefresher principalRefresher, OrganisationScope scope,
            ApplicationEventPublisher events) {
        this.scope = scope;
        this.events = events;
        this.accounts = accounts;
        this.principals = principals;
        this.currentUser = currentUser;
        this.principalRefresher = principalRefresher;
    }

    @Override
    @AnyoneSignedIn
    @Transactional // writes the audit entry
    public MembershipGrant switchTo(long membershipId) {
        PonteUser fresh = principals.principalFor(accounts.of(currentUser.require()));
        MembershipGrant grant = fresh.memberships().stream()
                .filter(m -> m.membershipId() == membershipId)
                .findFirst()
                .orElseThrow(() -> scope.notFound("membership.switch", "Membership", membershipId));
        // Recorded before the switch, so the entry names the organisation the person was working in.
        events.publishEvent(new AdministrativeChange("organisation.switch", "Membership", membershipId,
                grant.organisationId(), currentUser.require().active().map(MembershipGrant::organisationName)
                        .orElse(null), grant.organisationName()));
        principalRefresher.replace(fresh.withActive(grant));
        return grant;
    }
}
