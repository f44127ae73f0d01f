package app.ponte.organisation;

import app.ponte.audit.Refusals;
import app.ponte.base.NotFoundInScopeException;
import app.ponte.security.CurrentUser;
import app.ponte.security.MembershipGrant;
import app.ponte.security.OrganisationSwitcher;
import app.ponte.security.PonteUser;
import app.ponte.security.PrincipalRefresher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Switches a person with several memberships to another of their organisations. Memberships are read
 * again from the database, so one removed since sign-in cannot be switched to.
 */
@Service
@Transactional(readOnly = true)
public class ActiveOrganisationService implements OrganisationSwitcher {

    private final AccountRepository accounts;
    private final AccountUserDetailsService principals;
    private final CurrentUser currentUser;
    private final PrincipalRefresher principalRefresher;
    private final Refusals refusals;

    ActiveOrganisationService(AccountRepository accounts, AccountUserDetailsService principals,
            CurrentUser currentUser, PrincipalRefresher principalRefresher, Refusals refusals) {
        this.refusals = refusals;
        this.accounts = accounts;
        this.principals = principals;
        this.currentUser = currentUser;
        this.principalRefresher = principalRefresher;
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public MembershipGrant switchTo(long membershipId) {
        long accountId = currentUser.require().accountId();
        PonteUser fresh = principals.principalFor(accounts.findById(accountId)
                .orElseThrow(() -> new NotFoundInScopeException("Account", accountId)));
        MembershipGrant grant = fresh.memberships().stream()
                .filter(m -> m.membershipId() == membershipId)
                .findFirst()
                .orElseThrow(() -> refusals.notFound("membership.switch", "Membership", membershipId));
        principalRefresher.replace(fresh.withActive(grant));
        return grant;
    }
}
