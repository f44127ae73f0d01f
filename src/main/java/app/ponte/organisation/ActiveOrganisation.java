package app.ponte.organisation;

import app.ponte.security.AnyoneSignedIn;
import app.ponte.security.CurrentUser;
import app.ponte.security.MembershipGrant;
import app.ponte.security.OrganisationScope;
import app.ponte.security.OrganisationSwitcher;
import app.ponte.security.PonteUser;
import app.ponte.security.PrincipalRefresher;
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

    ActiveOrganisation(AccountRepository accounts, AccountSignIn principals,
            CurrentUser currentUser, PrincipalRefresher principalRefresher, OrganisationScope scope) {
        this.scope = scope;
        this.accounts = accounts;
        this.principals = principals;
        this.currentUser = currentUser;
        this.principalRefresher = principalRefresher;
    }

    @Override
    @AnyoneSignedIn
    public MembershipGrant switchTo(long membershipId) {
        PonteUser fresh = principals.principalFor(accounts.of(currentUser.require()));
        MembershipGrant grant = fresh.memberships().stream()
                .filter(m -> m.membershipId() == membershipId)
                .findFirst()
                .orElseThrow(() -> scope.notFound("membership.switch", "Membership", membershipId));
        principalRefresher.replace(fresh.withActive(grant));
        return grant;
    }
}
