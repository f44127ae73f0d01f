package app.ponte.organisation;

import app.ponte.audit.AdministrativeChange;
import app.ponte.base.PublicLinks;
import app.ponte.base.RejectedInputException;
import app.ponte.notification.MailOutbox;
import app.ponte.security.AdminOnly;
import app.ponte.security.Anyone;
import app.ponte.security.LoginThrottle;
import app.ponte.security.OrganisationScope;
import app.ponte.security.PasswordPolicy;
import app.ponte.security.SecureTokens;
import app.ponte.security.SessionTerminator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot password" (a one-hour single-use link, and the same answer whether or not the account
 * exists) and the reset an administrator forces (old password void, sessions ended, a link sent).
 */
@Service
@Transactional(readOnly = true)
public class PasswordResets {

    static final Duration FORGOT_VALIDITY = Duration.ofHours(1);
    static final Duration FORCED_VALIDITY = Duration.ofHours(24);

    private final PasswordResetTokenRepository tokens;
    private final AccountRepository accounts;
    private final MailOutbox mail;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final SessionTerminator sessionTerminator;
    private final OrganisationScope scope;
    private final ApplicationEventPublisher events;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final PublicLinks links;

    PasswordResets(PasswordResetTokenRepository tokens, AccountRepository accounts, MailOutbox mail,
            PasswordPolicy passwordPolicy, PasswordEncoder passwordEncoder, SessionTerminator sessionTerminator,
            OrganisationScope scope, ApplicationEventPublisher events, LoginThrottle throttle, Clock clock,
            PublicLinks links) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.mail = mail;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.sessionTerminator = sessionTerminator;
        this.scope = scope;
        this.events = events;
        this.throttle = throttle;
        this.clock = clock;
        this.links = links;
    }

    /**
     * Sends a reset link if an active account has this e-mail; says nothing either way. Requests are counted
     * per e-mail and per address, apart from sign-in failures, so nobody can flood a mailbox.
     */
    @Anyone
    @Transactional
    public void requestReset(String email, String clientAddress) {
        if (email == null || email.isBlank()) {
            return;
        }
        if (!throttle.tryResetRequest(Account.normaliseEmail(email), clientAddress)) {
            return;
        }
        accounts.findByEmail(Account.normaliseEmail(email)).filter(Account::isActive)
                .ifPresent(account -> sendLink(account, FORGOT_VALIDITY, "mail.reset"));
    }

    /** Checks a reset link before the form is shown. */
    @Anyone
    public void check(String token) {
        usable(token);
    }

    @Anyone
    @Transactional
    public void reset(String token, String newPassword) {
        PasswordResetToken reset = usable(token);
        var problems = passwordPolicy.check(newPassword);
        if (!problems.isEmpty()) {
            throw new RejectedInputException("password", problems.getFirst().messageKey(), PasswordPolicy.MIN_LENGTH);
        }
        Instant now = clock.instant();
        Account account = reset.getAccount();
        account.changePasswordHash(passwordEncoder.encode(newPassword), now);
        tokens.useUpAll(account.getId(), now);
        sessionTerminator.endSessionsOf(Set.of(account.getId()));
        events.publishEvent(new AdministrativeChange("account.password-reset", "Account", account.getId(), null,
                null, "email=" + account.getEmail()));
    }

    /** Voids the password at once, ends the sessions and mails a reset link. */
    @AdminOnly
    @Transactional
    public void forceReset(long accountId) {
        Account account = accounts.require(scope, "account.force-reset", accountId);
        Instant now = clock.instant();
        // A random password nobody knows: the old one stops working before the new one is chosen.
        account.changePasswordHash(passwordEncoder.encode(SecureTokens.newToken()), now);
        sessionTerminator.endSessionsOf(Set.of(accountId));
        sendLink(account, FORCED_VALIDITY, "mail.forced-reset");
        events.publishEvent(new AdministrativeChange("account.force-reset", "Account", accountId, null, null,
                "email=" + account.getEmail()));
    }

    private void sendLink(Account account, Duration validity, String template) {
        Instant now = clock.instant();
        tokens.useUpAll(account.getId(), now);
        String token = SecureTokens.newToken();
        tokens.save(new PasswordResetToken(SecureTokens.hash(token), account, now, now.plus(validity)));
        mail.enqueue(account.getEmail(), account.getLanguage(), template, account.getDisplayName(),
                links.to("reset-password/" + token), validity.toHours());
    }

    private PasswordResetToken usable(String token) {
        return SingleUseLink.usable(token, tokens::findByTokenHash, clock.instant());
    }
}
