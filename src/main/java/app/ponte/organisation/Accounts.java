package app.ponte.organisation;

import app.ponte.audit.AdministrativeChange;
import app.ponte.base.ConcurrentEditException;
import app.ponte.base.TextRules;
import app.ponte.security.AnyoneSignedIn;
import app.ponte.security.CurrentUser;
import app.ponte.security.LoginThrottle;
import app.ponte.security.PasswordPolicy;
import app.ponte.security.PonteUser;
import app.ponte.security.PrincipalRefresher;
import app.ponte.security.SessionTerminator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A signed-in person's own account: profile, language, time zone and password. */
@Service
@Transactional(readOnly = true)
public class Accounts {

    private final AccountRepository accounts;
    private final MembershipRepository memberships;
    private final AccountSignIn principals;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final CurrentUser currentUser;
    private final PrincipalRefresher principalRefresher;
    private final PasswordResetTokenRepository resetLinks;
    private final SessionTerminator sessionTerminator;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Accounts(AccountRepository accounts, MembershipRepository memberships, AccountSignIn principals, PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy, CurrentUser currentUser, PrincipalRefresher principalRefresher,
            PasswordResetTokenRepository resetLinks, SessionTerminator sessionTerminator, LoginThrottle throttle,
            Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.accounts = accounts;
        this.memberships = memberships;
        this.principals = principals;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.currentUser = currentUser;
        this.principalRefresher = principalRefresher;
        this.resetLinks = resetLinks;
        this.sessionTerminator = sessionTerminator;
        this.throttle = throttle;
        this.clock = clock;
    }

    @AnyoneSignedIn
    public Profile myProfile() {
        Account account = myAccount();
        return new Profile(account.getEmail(), account.getDisplayName(), account.getLanguage(),
                account.getTimeZone(), account.getVersion());
    }

    /**
     * Saves the caller's profile if nobody changed it since {@code change.version()} was loaded;
     * otherwise throws {@link ConcurrentEditException} and saves nothing.
     */
    @AnyoneSignedIn
    @Transactional
    public Profile updateMyProfile(Profile change) {
        Account account = myAccount();
        account.requireVersion(change.version());
        String displayName = TextRules.required("displayName", change.displayName(), Profile.DISPLAY_NAME_MAX);
        account.updateProfile(displayName, change.language(), change.timeZone(), clock.instant());
        accounts.saveAndFlush(account);
        memberships.renameMember(account.getId(), account.getSearchName());
        refreshPrincipal(account);
        return new Profile(account.getEmail(), account.getDisplayName(), account.getLanguage(),
                account.getTimeZone(), account.getVersion());
    }

    /**
     * Changes the caller's password after checking the current one and the password policy. Wrong current
     * passwords count against the same throttle as failed sign-ins of the account (the same secret is being
     * guessed). A change ends the account's other sessions, keeps this one, and voids open reset links.
     *
     * @param clientAddress the caller's address, for the throttle
     * @throws PasswordChangeException with the reasons, translated by the caller
     */
    @AnyoneSignedIn
    @Transactional
    public void changeMyPassword(String currentPassword, String newPassword, String clientAddress) {
        Account account = myAccount();
        requireCurrentPassword(account, currentPassword, clientAddress);
        if (currentPassword.equals(newPassword)) {
            throw new PasswordChangeException(List.of(PasswordChangeException.SAME_AS_CURRENT));
        }
        List<String> problems = passwordPolicy.check(newPassword).stream()
                .map(PasswordPolicy.Problem::messageKey)
                .toList();
        if (!problems.isEmpty()) {
            throw new PasswordChangeException(problems);
        }
        Instant now = clock.instant();
        account.changePasswordHash(passwordEncoder.encode(newPassword), now);
        accounts.saveAndFlush(account);
        resetLinks.useUpAll(account.getId(), now);
        sessionTerminator.endOtherSessionsOf(account.getId());
        events.publishEvent(new AdministrativeChange("account.password-change", "Account", account.getId(), null,
                null, null));
    }

    private void requireCurrentPassword(Account account, String currentPassword, String clientAddress) {
        if (!throttle.waitBeforeNextTry(account.getEmail(), clientAddress).isZero()) {
            throw new PasswordChangeException(List.of(PasswordChangeException.TOO_MANY_WRONG_PASSWORDS));
        }
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throttle.recordFailure(account.getEmail(), clientAddress);
            throw new PasswordChangeException(List.of(PasswordChangeException.WRONG_CURRENT_PASSWORD));
        }
    }

    private Account myAccount() {
        return accounts.of(currentUser.require());
    }

    /** The menu, the language and the time zone follow the saved profile at once. */
    private void refreshPrincipal(Account account) {
        PonteUser before = currentUser.require();
        PonteUser after = principals.principalFor(account);
        principalRefresher.replace(before.active().filter(after.memberships()::contains).map(after::withActive)
                .orElse(after));
    }
}
