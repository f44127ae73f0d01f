package app.ponte.organisation;

import app.ponte.security.PonteUser;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stamps an account with the moment of each successful sign-in, so that "never signed in" is a column read from an
 * index ({@link DormantAccounts}) rather than a search of the audit trail. A bulk update: no version is raised, so an
 * administrator's edit of the account open meanwhile is not refused as stale.
 */
@Component
class SignInStamp {

    private final AccountRepository accounts;
    private final Clock clock;

    SignInStamp(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(AuthenticationSuccessEvent signedIn) {
        if (signedIn.getAuthentication().getPrincipal() instanceof PonteUser user && user.accountId() != 0) {
            accounts.stampSignIn(user.accountId(), clock.instant());
        }
    }
}
