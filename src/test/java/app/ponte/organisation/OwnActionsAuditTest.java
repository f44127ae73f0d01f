package app.ponte.organisation;

import static app.ponte.audit.TrailProbe.fromAddress;
import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.H2Test;
import app.ponte.SignedIn;
import app.ponte.SignedInServiceTest;
import app.ponte.audit.AuditOutcome;
import app.ponte.audit.AuditRecord;
import app.ponte.audit.TrailProbe;
import app.ponte.security.CurrentUser;
import app.ponte.security.Role;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What a person does to their own account and session is in the audit trail, with where and as whom. */
@H2Test
class OwnActionsAuditTest extends SignedInServiceTest {

    @Autowired
    ActiveOrganisation activeOrganisation;
    @Autowired
    Accounts accounts;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    DemoFixtures fixtures;
    @Autowired
    TrailProbe trail;
    @Autowired
    Clock clock;

    @Test
    void switching_organisation_is_audited_with_the_organisation_left_and_the_one_entered() {
        Instant since = clock.instant();
        long meridianMembership = fixtures.membershipId("nina@partner.test", "Meridian Bank");

        as("nina@partner.test", () -> fromAddress(() -> activeOrganisation.switchTo(meridianMembership)));

        AuditRecord entry = trail.newest(since, "nina@partner.test", "organisation.switch", meridianMembership);
        assertThat(entry.outcome()).isEqualTo(AuditOutcome.DONE);
        assertThat(entry.targetType()).isEqualTo("Membership");
        assertThat(entry.before()).isEqualTo("Aurora Commerce");
        assertThat(entry.after()).isEqualTo("Meridian Bank");
        assertThat(entry.clientAddress()).isEqualTo(TrailProbe.ADDRESS);
        // The organisation the person was working in when they switched.
        assertThat(entry.activeOrganisationId()).isEqualTo(fixtures.organisationId("Aurora Commerce"));
        assertThat(entry.activeOrganisationName()).isEqualTo("Aurora Commerce");
    }

    @Test
    void changing_ones_own_password_is_audited_and_neither_password_is_written_down() {
        Instant since = clock.instant();
        String email = fixtures.newMember("Meridian Bank", Role.CLIENT);
        String newPassword = "quiet-harbour-lantern-77";

        SignedIn.run(users, email,
                () -> fromAddress(() -> accounts.changeMyPassword(DemoFixtures.PASSWORD, newPassword, TrailProbe.ADDRESS)));

        AuditRecord entry = trail.newest(since, email, "account.password-change", fixtures.accountId(email));
        assertThat(entry.outcome()).isEqualTo(AuditOutcome.DONE);
        assertThat(entry.targetType()).isEqualTo("Account");
        assertThat(entry.clientAddress()).isEqualTo(TrailProbe.ADDRESS);
        assertThat(entry.activeOrganisationId()).isEqualTo(fixtures.organisationId("Meridian Bank"));
        assertThat(entry.activeOrganisationName()).isEqualTo("Meridian Bank");
        assertThat(String.valueOf(entry.before()) + entry.after()).doesNotContain(newPassword)
                .doesNotContain(DemoFixtures.PASSWORD);
    }
}
