package app.ponte.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ponte.H2Test;
import app.ponte.SignedInServiceTest;
import app.ponte.TestClock;
import app.ponte.WaitingMail;
import app.ponte.audit.AuditFilter;
import app.ponte.audit.AuditOutcome;
import app.ponte.audit.AuditRecord;
import app.ponte.audit.AuditTrail;
import app.ponte.base.RejectedInputException;
import app.ponte.security.NotFoundInScopeException;
import app.ponte.security.Role;
import app.ponte.security.SystemAuthentication;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Pending invitations are sent again or revoked by those who manage members, only in their own scope, audited,
 * and resending counts against the invitation allowance; an invitation may propose the invitee's name, and
 * its page speaks the invitee's language.
 */
@H2Test
class PendingInvitationsTest extends SignedInServiceTest {

    @Autowired
    Invitations invitations;
    @Autowired
    Members members;
    @Autowired
    Organisations organisations;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DemoFixtures fixtures;
    @Autowired
    TestClock clock;

    @Test
    void resending_mails_a_new_link_and_the_old_link_says_it_was_replaced() {
        String company = fixtures.newClient();
        String boss = fixtures.newMember(company, Role.CLIENT_ADMIN);
        String invitee = newAddress();
        var first = as(boss, () -> invitations.invite(invitee, fixtures.organisationId(company), Role.CLIENT));
        String oldToken = WaitingMail.tokenTo(jdbc, invitee);

        var again = as(boss, () -> invitations.resend(first.id()));

        String newToken = WaitingMail.tokenTo(jdbc, invitee);
        assertThat(newToken).isNotEqualTo(oldToken);
        assertThat(invitations.preview(newToken).email()).isEqualTo(invitee);
        assertThatThrownBy(() -> invitations.preview(oldToken)).isInstanceOfSatisfying(InvalidLinkException.class,
                e -> assertThat(e.problem()).isEqualTo(LinkProblem.REVOKED));
        assertThat(as(boss, () -> invitations.pending(PageRequest.of(0, 50)).getContent()))
                .extracting(PendingInvitation::id).containsExactly(again.id());
    }

    @Test
    void revoking_makes_the_link_say_withdrawn_and_takes_it_off_the_pending_list() {
        String company = fixtures.newClient();
        String boss = fixtures.newMember(company, Role.CLIENT_ADMIN);
        String invitee = newAddress();
        var invitation = as(boss, () -> invitations.invite(invitee, fixtures.organisationId(company), Role.CLIENT));
        String token = WaitingMail.tokenTo(jdbc, invitee);

        as(boss, () -> {
            invitations.revoke(invitation.id());
            return null;
        });

        assertThatThrownBy(() -> invitations.accept(token, "Someone", "en", ZoneId.of("UTC"),
                "harbour-violet-tangerine")).isInstanceOfSatisfying(InvalidLinkException.class,
                e -> assertThat(e.problem()).isEqualTo(LinkProblem.WITHDRAWN));
        assertThat(as(boss, () -> invitations.pending(PageRequest.of(0, 50)).getContent())).isEmpty();
        assertThatThrownBy(() -> as(boss, () -> invitations.resend(invitation.id())))
                .isInstanceOfSatisfying(RejectedInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("invitation.error.not-pending"));
    }

    @Test
    void resending_and_revoking_are_in_the_audit_trail_under_the_person_who_did_it() {
        String company = fixtures.newClient();
        String boss = fixtures.newMember(company, Role.CLIENT_ADMIN);
        Instant before = clock.instant().minusMillis(1);
        var invitation = as(boss, () -> invitations.invite(newAddress(), fixtures.organisationId(company), Role.CLIENT));

        var resent = as(boss, () -> invitations.resend(invitation.id()));
        as(boss, () -> {
            invitations.revoke(resent.id());
            return null;
        });

        List<AuditRecord> entries = SystemAuthentication.runAsAdmin(() -> audit.find(new AuditFilter(before,
                clock.instant().plusSeconds(1), boss, null, AuditOutcome.DONE), PageRequest.of(0, 50)).getContent());
        assertThat(entries).extracting(AuditRecord::action, AuditRecord::targetId).contains(
                org.assertj.core.groups.Tuple.tuple("invitation.resend", resent.id()),
                org.assertj.core.groups.Tuple.tuple("invitation.revoke", resent.id()));
    }

    @Test
    void a_client_admin_of_another_company_can_neither_resend_nor_revoke_by_id_and_the_attempt_is_audited() {
        String company = fixtures.newClient();
        String boss = fixtures.newMember(company, Role.CLIENT_ADMIN);
        String attacker = fixtures.newMember(fixtures.newClient(), Role.CLIENT_ADMIN);
        String invitee = newAddress();
        var invitation = as(boss, () -> invitations.invite(invitee, fixtures.organisationId(company), Role.CLIENT));
        String token = WaitingMail.tokenTo(jdbc, invitee);
        Instant before = clock.instant().minusMillis(1);

        assertThatThrownBy(() -> as(attacker, () -> invitations.resend(invitation.id())))
                .isInstanceOf(NotFoundInScopeException.class);
        assertThatThrownBy(() -> as(attacker, () -> {
            invitations.revoke(invitation.id());
            return null;
        })).isInstanceOf(NotFoundInScopeException.class);

        assertThat(invitations.preview(token).email()).isEqualTo(invitee);
        assertThat(WaitingMail.tokenTo(jdbc, invitee)).isEqualTo(token);
        List<AuditRecord> refused = SystemAuthentication.runAsAdmin(() -> audit.find(new AuditFilter(before,
                clock.instant().plusSeconds(1), attacker, null, AuditOutcome.REFUSED), PageRequest.of(0, 50))
                .getContent());
        assertThat(refused).extracting(AuditRecord::action).contains("invitation.resend", "invitation.revoke");
    }

    @Test
    void resending_takes_from_the_same_allowance_as_inviting() {
        String company = fixtures.newClient();
        String boss = fixtures.newMember(company, Role.CLIENT_ADMIN);
        long companyId = fixtures.organisationId(company);
        long last = as(boss, () -> {
            long id = invitations.invite(newAddress(), companyId, Role.CLIENT).id();
            for (int i = 1; i < 20; i++) {
                id = invitations.resend(id).id();
            }
            return id;
        });

        assertThatThrownBy(() -> as(boss, () -> invitations.resend(last)))
                .isInstanceOfSatisfying(RejectedInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("invite.error.too-many"));
    }

    @Test
    void the_proposed_name_is_offered_to_the_invitee_and_survives_a_resend_but_never_reaches_the_email() {
        String company = fixtures.newClient();
        String boss = fixtures.newMember(company, Role.CLIENT_ADMIN);
        String invitee = newAddress();
        String proposed = "Reply with your password to help@evil.test";
        var invitation = as(boss, () -> invitations.invite(invitee, proposed, fixtures.organisationId(company),
                Role.CLIENT));
        assertThat(invitation.displayName()).isEqualTo(proposed);
        assertThat(WaitingMail.bodyTo(jdbc, invitee)).doesNotContain(proposed).doesNotContain("evil");

        as(boss, () -> invitations.resend(invitation.id()));

        assertThat(WaitingMail.bodyTo(jdbc, invitee)).doesNotContain(proposed).doesNotContain("evil");
        assertThat(invitations.preview(WaitingMail.tokenTo(jdbc, invitee)).proposedName()).isEqualTo(proposed);
    }

    @Test
    void the_invitation_speaks_the_accounts_language_or_else_the_inviting_organisations() {
        String company = "Cliente " + UUID.randomUUID();
        SystemAuthentication.runAsAdmin(() -> organisations.create(OrganisationKind.CLIENT, company,
                ZoneId.of("America/Sao_Paulo"), "pt-BR"));
        String boss = fixtures.newMember(company, Role.CLIENT_ADMIN);
        String newcomer = newAddress();
        String englishAccount = fixtures.newMember(fixtures.newClient(), Role.CLIENT);

        as(boss, () -> invitations.invite(newcomer, fixtures.organisationId(company), Role.CLIENT));
        as(boss, () -> invitations.invite(englishAccount, fixtures.organisationId(company), Role.CLIENT));

        assertThat(invitations.preview(WaitingMail.tokenTo(jdbc, newcomer)).language()).isEqualTo("pt-BR");
        assertThat(invitations.preview(WaitingMail.tokenTo(jdbc, englishAccount)).language()).isEqualTo("en");
    }

    private static String newAddress() {
        return "invitee-" + UUID.randomUUID() + "@example.test";
    }
}
