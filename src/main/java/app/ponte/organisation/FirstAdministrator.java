package app.ponte.organisation;

import app.ponte.security.PasswordPolicy;
import app.ponte.security.Role;
import app.ponte.security.SystemAuthentication;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a database with no account at all, creates the team's organisation and its first administrator
 * from {@code PONTE_ADMIN_EMAIL} and {@code PONTE_ADMIN_PASSWORD}, so that a fresh production
 * installation (no demo data) can be signed into. Runs after the demo data, and never again once any
 * account exists. A password that breaks the policy stops the start with a clear message.
 */
@Component
@Order(2)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountRepository accounts;
    private final Organisations organisations;
    private final Members members;
    private final PasswordPolicy passwordPolicy;
    private final String email;
    private final String password;
    private final String teamName;
    private final ZoneId timeZone;
    private final String language;

    FirstAdministrator(AccountRepository accounts, Organisations organisations, Members members,
            PasswordPolicy passwordPolicy,
            @Value("${ponte.bootstrap.admin-email:}") String email,
            @Value("${ponte.bootstrap.admin-password:}") String password,
            @Value("${ponte.bootstrap.team-name:Backend Team}") String teamName,
            @Value("${ponte.bootstrap.time-zone:UTC}") String timeZone,
            @Value("${ponte.bootstrap.language:en-GB}") String language) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.members = members;
        this.passwordPolicy = passwordPolicy;
        this.email = email;
        this.password = password;
        this.teamName = teamName;
        this.timeZone = ZoneId.of(timeZone);
        this.language = language;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        if (email.isBlank() || password.isBlank()) {
            log.warn("No accounts yet and no first administrator configured: set PONTE_ADMIN_EMAIL and "
                    + "PONTE_ADMIN_PASSWORD (or enable the demo data) to be able to sign in.");
            return;
        }
        createFirstAdministrator();
    }

    /** Creates the team organisation and its administrator; the password must pass the policy. */
    void createFirstAdministrator() {
        var problems = passwordPolicy.check(password);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("PONTE_ADMIN_PASSWORD is refused by the password policy: " + problems
                    + " (at least " + PasswordPolicy.MIN_LENGTH + " characters, not a common password)");
        }
        SystemAuthentication.runAsAdmin(() -> {
            long team = organisations.create(OrganisationKind.TEAM, teamName, timeZone, language).id();
            long account = members.createAccount(email, email, password, language, timeZone);
            return members.addMembership(account, team, Role.ADMIN);
        });
        log.info("First administrator {} created in organisation {}", email, teamName);
    }
}
