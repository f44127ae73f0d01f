package app.ponte.organisation;

import app.ponte.security.MembershipGrant;
import app.ponte.security.PonteUser;
import java.time.Clock;
import java.util.List;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the person signing in with every membership they can use. An account with no membership in
 * an active organisation is disabled: it can prove its password but not enter. After a sign-in with a
 * hash of an older kind, stores the password hashed the current way.
 */
@Service
@Transactional(readOnly = true)
class AccountSignIn implements UserDetailsService, UserDetailsPasswordService {

    private final AccountRepository accounts;
    private final MembershipRepository memberships;
    private final Clock clock;

    AccountSignIn(AccountRepository accounts, MembershipRepository memberships, Clock clock) {
        this.accounts = accounts;
        this.memberships = memberships;
        this.clock = clock;
    }

    @Override
    public PonteUser loadUserByUsername(String username) {
        Account account = accounts.findByEmail(Account.normaliseEmail(username))
                .orElseThrow(() -> new UsernameNotFoundException("No account for the given e-mail"));
        return principalFor(account);
    }

    /** Called by Spring Security with the password just proven, hashed the current way. */
    @Override
    @Transactional
    public PonteUser updatePassword(UserDetails user, String newPasswordHash) {
        Account account = accounts.findByEmail(Account.normaliseEmail(user.getUsername())).orElseThrow();
        account.changePasswordHash(newPasswordHash, clock.instant());
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
