package app.ponte.organisation;

import app.ponte.security.MembershipGrant;
import app.ponte.security.PonteUser;
import java.util.List;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the person signing in with every membership they can use. An account with no membership in
 * an active organisation is disabled: it can prove its password but not enter.
 */
@Service
@Transactional(readOnly = true)
class AccountSignIn implements UserDetailsService {

    private final AccountRepository accounts;
    private final MembershipRepository memberships;

    AccountSignIn(AccountRepository accounts, MembershipRepository memberships) {
        this.accounts = accounts;
        this.memberships = memberships;
    }

    @Override
    public PonteUser loadUserByUsername(String username) {
        Account account = accounts.findByEmail(Account.normaliseEmail(username))
                .orElseThrow(() -> new UsernameNotFoundException("No account for the given e-mail"));
        return principalFor(account);
    }

    PonteUser principalFor(Account account) {
        List<MembershipGrant> grants = memberships.findUsableByAccount(account.getId()).stream()
                .map(m -> new MembershipGrant(m.getId(), m.getOrganisation().getId(),
                        m.getOrganisation().getName(), m.getRole()))
                .toList();
        return new PonteUser(account.getId(), account.getEmail(), account.getPasswordHash(),
                account.isActive() && !grants.isEmpty(), account.getDisplayName(), account.getLanguage(),
                account.getTimeZone().getId(), grants, grants.isEmpty() ? null : grants.getFirst());
    }
}
