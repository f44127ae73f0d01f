package app.ponte.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.security.Role;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** When single-use links stop working, checked with explicit instants instead of waiting. */
class LinkValidityTest {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    private final Organisation aurora = new Organisation(OrganisationKind.CLIENT, "Aurora", ZoneId.of("UTC"), "en", NOW);

    @Test
    void an_invitation_works_for_seven_days_then_expires() {
        var invitation = new Invitation("hash", "a@example.test", null, aurora, Role.CLIENT, null, NOW,
                NOW.plus(Invitations.VALIDITY));

        assertThat(invitation.problemAt(NOW.plus(Duration.ofDays(7)).minusSeconds(1))).isNull();
        assertThat(invitation.problemAt(NOW.plus(Duration.ofDays(7)))).isEqualTo(LinkProblem.EXPIRED);
    }

    @Test
    void a_used_or_revoked_invitation_says_so() {
        var used = new Invitation("h1", "a@example.test", null, aurora, Role.CLIENT, null, NOW, NOW.plus(Duration.ofDays(7)));
        var revoked = new Invitation("h2", "a@example.test", null, aurora, Role.CLIENT, null, NOW, NOW.plus(Duration.ofDays(7)));

        used.accept(NOW);
        revoked.revoke(NOW);

        assertThat(used.problemAt(NOW)).isEqualTo(LinkProblem.USED);
        assertThat(revoked.problemAt(NOW)).isEqualTo(LinkProblem.REVOKED);
    }

    @Test
    void a_declined_invitation_says_declined_and_a_withdrawn_one_says_withdrawn_not_replaced() {
        var declined = new Invitation("h5", "a@example.test", null, aurora, Role.CLIENT, null, NOW, NOW.plus(Duration.ofDays(7)));
        var withdrawn = new Invitation("h6", "a@example.test", null, aurora, Role.CLIENT, null, NOW, NOW.plus(Duration.ofDays(7)));

        declined.decline(NOW);
        withdrawn.withdraw(NOW);

        assertThat(declined.problemAt(NOW)).isEqualTo(LinkProblem.DECLINED);
        assertThat(withdrawn.problemAt(NOW)).isEqualTo(LinkProblem.WITHDRAWN);
    }

    @Test
    void an_invitation_into_an_organisation_deactivated_since_then_no_longer_works() {
        var invitation = new Invitation("h3", "a@example.test", null, aurora, Role.CLIENT, null, NOW, NOW.plus(Duration.ofDays(7)));

        aurora.setActive(false, NOW);

        assertThat(invitation.problemAt(NOW)).isEqualTo(LinkProblem.EXPIRED);
    }

    @Test
    void a_reset_link_works_for_one_hour_once() {
        var account = new Account("a@example.test", "A", "{noop}x", "en", ZoneId.of("UTC"), NOW);
        var token = new PasswordResetToken("h4", account, NOW, NOW.plus(PasswordResets.FORGOT_VALIDITY));

        assertThat(token.problemAt(NOW.plus(Duration.ofMinutes(59)))).isNull();
        assertThat(token.problemAt(NOW.plus(Duration.ofHours(1)))).isEqualTo(LinkProblem.EXPIRED);
        token.use(NOW);
        assertThat(token.problemAt(NOW)).isEqualTo(LinkProblem.USED);
    }
}
