package app.ponte.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ponte.H2Test;
import app.ponte.SignedInServiceTest;
import app.ponte.TestClock;
import app.ponte.WaitingMail;
import app.ponte.base.RejectedInputException;
import app.ponte.security.MembershipGrant;
import app.ponte.security.PonteUser;
import app.ponte.security.Role;
import app.ponte.security.SystemAuthentication;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.session.SessionRegistry;

/**
 * A client admin, as an attacker: inviting somebody else's account must neither add it without its
 * consent nor tell whether it exists, invitations are rate-limited, the e-mail carries no text the
 * inviter typed, and changing one membership ends only the sessions working in that membership.
 */
@H2Test
class InvitationConsentTest extends SignedInServiceTest {


    @Autowired
    Invitations invitations;
    @Autowired
    Members members;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DemoFixtures fixtures;
    @Autowired
    SessionRegistry sessions;
    @Autowired
    TestClock clock;

    @Test
    void a_client_admin_inviting_another_companys_account_does_not_make_it_a_member() {
        String company = fixtures.newClient();
        String boss = fixtures.newMember(company, Role.CLIENT_ADMIN);
        String stranger = fixtures.newMember(fixtures.newClient(), Role.CLIENT);

        PendingInvitation forStranger = as(boss,
                () -> invitations.invite(stranger, fixtures.organisationId(company), Role.CLIENT_ADMIN));
        PendingInvitation forNewcomer = as(boss,
                () -> invitations.invite(newAddress(), fixtures.organisationId(company), Role.CLIENT_ADMIN));

        assertThat(forStranger).usingRecursiveComparison().ignoringFields("id", "email", "sentAt", "expiresAt")
                .isEqualTo(forNewcomer);
        assertThat(Duration.between(forStranger.sentAt(), forStranger.expiresAt()))
                .isEqualTo(Duration.between(forNewcomer.sentAt(), forNewcomer.expiresAt()));
        assertThat(organisationsOf(stranger)).doesNotContain(company);
        assertThat(as(boss, () -> members.list(MemberFilter.ALL, PageRequest.of(0, 50)).getContent()))
                .extracting(MemberSummary::email).containsExactly(boss);
    }

    @Test
    void the_invited_account_joins_only_by_accepting_with_its_own_password_and_keeps_its_company() {
        String company = fixtures.newClient();
        String elsewhere = fixtures.newClient();
        String boss = fixtures.newMember(company, Role.CLIENT_ADMIN);
        String stranger = fixtures.newMember(elsewhere, Role.CLIENT);
        invite(boss, stranger, company);
        String token = tokenMailedTo(stranger);

        assertThatThrownBy(() -> invitations.acceptWithAccount(token, "not-the-password-at-all"))
                .isInstanceOfSatisfying(RejectedInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("invitation.error.wrong-password"));
        assertThat(organisationsOf(stranger)).containsExactly(elsewhere);

        invitations.acceptWithAccount(token, DemoFixtures.PASSWORD);

        assertThat(organisationsOf(stranger)).containsExactlyInAnyOrder(elsewhere, company);
        assertThat(as(boss, () -> members.list(MemberFilter.ALL, PageRequest.of(0, 50)).getContent()))
                .extracting(MemberSummary::email).containsExactlyInAnyOrder(boss, stranger);
        assertThatThrownBy(() -> invitations.preview(token)).isInstanceOfSatisfying(InvalidLinkException.class,
                e -> assertThat(e.problem()).isEqualTo(LinkProblem.USED));
    }

    @Test
    void a_declined_invitation_adds_nobody_and_its_link_says_it_was_declined() {
        String company = fixtures.newClient();
        String boss = fixtures.newMember(company, Role.CLIENT_ADMIN);
        String stranger = fixtures.newMember(fixtures.newClient(), Role.CLIENT);
        invite(boss, stranger, company);
        String token = tokenMailedTo(stranger);

        invitations.decline(token);

        assertThat(organisationsOf(stranger)).doesNotContain(company);
        assertThatThrownBy(() -> invitations.acceptWithAccount(token, DemoFixtures.PASSWORD))
                .isInstanceOfSatisfying(InvalidLinkException.class,
                        e -> assertThat(e.problem()).isEqualTo(LinkProblem.DECLINED));
        assertThat(as(boss, () -> invitations.pending(PageRequest.of(0, 50)).getContent())).isEmpty();
    }

    @Test
    void an_account_left_without_any_membership_can_still_accept_and_then_sign_in() {
        String company = fixtures.newClient();
        String boss = fixtures.newMember(company, Role.CLIENT_ADMIN);
        String lonely = fixtures.newAccountWithoutMembership();
        invite(boss, lonely, company);

        invitations.acceptWithAccount(tokenMailedTo(lonely), DemoFixtures.PASSWORD);

        assertThat(users.loadUserByUsername(lonely).isEnabled()).isTrue();
    }

    @Test
    void pending_invitations_list_an_existing_account_and_a_new_address_alike_and_only_in_the_inviters_company() {
        String company = fixtures.newClient();
        String boss = fixtures.newMember(company, Role.CLIENT_ADMIN);
        String stranger = fixtures.newMember(fixtures.newClient(), Role.CLIENT);
        String newcomer = newAddress();
        invite(boss, stranger, company);
        invite(boss, newcomer, company);
        String otherBoss = fixtures.newMember(fixtures.newClient(), Role.CLIENT_ADMIN);

        var pending = as(boss, () -> invitations.pending(PageRequest.of(0, 50)).getContent());

        assertThat(pending).extracting(PendingInvitation::email).containsExactlyInAnyOrder(stranger, newcomer);
        assertThat(pending).extracting(PendingInvitation::organisationName, PendingInvitation::role)
                .containsOnly(org.assertj.core.groups.Tuple.tuple(company, Role.CLIENT));
        assertThat(as(otherBoss, () -> invitations.pending(PageRequest.of(0, 50)).getContent())).isEmpty();

        invitations.acceptWithAccount(tokenMailedTo(stranger), DemoFixtures.PASSWORD);
        assertThat(as(boss, () -> invitations.pending(PageRequest.of(0, 50)).getContent()))
                .extracting(PendingInvitation::email).containsExactly(newcomer);
    }

    @Test
    void only_those_who_manage_members_see_pending_invitations() {
        for (String outsider : List.of("leo@aurora.test", "lead@ponte.test", "marketing@ponte.test")) {
            assertThatThrownBy(() -> as(outsider, () -> invitations.pending(PageRequest.of(0, 50))))
                    .as(outsider).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void repeated_role_switches_in_one_company_leave_the_persons_session_in_another_company_alone() {
        String company = fixtures.newClient();
        String other = fixtures.newClient();
        String boss = fixtures.newMember(company, Role.CLIENT_ADMIN);
        String person = fixtures.newMember(company, Role.CLIENT);
        SystemAuthentication.runAsAdmin(() -> members.addMembership(fixtures.accountId(person),
                fixtures.organisationId(other), Role.CLIENT));
        PonteUser signedIn = (PonteUser) users.loadUserByUsername(person);
        String inCompany = "in-company-" + UUID.randomUUID();
        String inOther = "in-other-" + UUID.randomUUID();
        sessions.registerNewSession(inCompany, signedIn.withActive(grantIn(signedIn, company)));
        sessions.registerNewSession(inOther, signedIn.withActive(grantIn(signedIn, other)));
        long membership = fixtures.membershipId(person, company);

        try {
            as(boss, () -> {
                for (Role role : new Role[] {Role.CLIENT_ADMIN, Role.CLIENT, Role.CLIENT_ADMIN}) {
                    members.changeRole(membership, role, fixtures.membershipVersion(membership));
                }
                return null;
            });

            assertThat(sessions.getSessionInformation(inCompany).isExpired()).isTrue();
            assertThat(sessions.getSessionInformation(inOther).isExpired()).isFalse();
        } finally {
            sessions.removeSessionInformation(inCompany);
            sessions.removeSessionInformation(inOther);
        }
    }

    @Test
    void the_twenty_first_invitation_of_a_client_admin_within_the_hour_is_refused() {
        String company = fixtures.newClient();
        String boss = fixtures.newMember(company, Role.CLIENT_ADMIN);
        long companyId = fixtures.organisationId(company);
        inviteTwenty(boss, companyId);

        assertRefusedAsTooMany(boss, companyId);

        clock.advance(Duration.ofHours(1));
        as(boss, () -> invitations.invite(newAddress(), companyId, Role.CLIENT));
    }

    @Test
    void a_company_takes_twenty_invitations_an_hour_whoever_of_its_admins_sends_them() {
        String company = fixtures.newClient();
        String first = fixtures.newMember(company, Role.CLIENT_ADMIN);
        String second = fixtures.newMember(company, Role.CLIENT_ADMIN);
        long companyId = fixtures.organisationId(company);
        inviteTwenty(first, companyId);

        assertRefusedAsTooMany(second, companyId);
    }

    @Test
    void an_admin_takes_twenty_invitations_an_hour_whatever_the_organisations() {
        String admin = fixtures.newMember("Backend Team", Role.ADMIN);
        long first = fixtures.organisationId(fixtures.newClient());
        long second = fixtures.organisationId(fixtures.newClient());
        inviteTwenty(admin, first);

        assertRefusedAsTooMany(admin, second);
    }

    @Test
    void the_invitation_e_mail_names_the_inviter_by_address_never_by_the_name_they_typed() {
        String company = fixtures.newClient();
        String boss = "boss-" + UUID.randomUUID() + "@ponte.test";
        String hostileName = "Ponte Security: reply with your password to help@evil.test";
        SystemAuthentication.runAsAdmin(() -> members.addMembership(members.createAccount(boss, hostileName,
                DemoFixtures.PASSWORD, "en", ZoneId.of("UTC")), fixtures.organisationId(company), Role.CLIENT_ADMIN));
        String invitee = newAddress();

        as(boss, () -> invitations.invite(invitee, fixtures.organisationId(company), Role.CLIENT));

        String body = WaitingMail.bodyTo(jdbc, invitee);
        assertThat(body).doesNotContain(hostileName).doesNotContain("Ponte Security").contains(boss, company);
    }

    private void assertRefusedAsTooMany(String inviter, long organisationId) {
        assertThatThrownBy(() -> as(inviter, () -> invitations.invite(newAddress(), organisationId, Role.CLIENT)))
                .isInstanceOfSatisfying(RejectedInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("invite.error.too-many"));
    }

    private void inviteTwenty(String inviter, long organisationId) {
        as(inviter, () -> {
            for (int i = 0; i < 20; i++) {
                invitations.invite(newAddress(), organisationId, Role.CLIENT);
            }
            return null;
        });
    }

    private void invite(String inviter, String email, String organisation) {
        as(inviter, () -> invitations.invite(email, fixtures.organisationId(organisation), Role.CLIENT));
    }

    private List<String> organisationsOf(String email) {
        return ((PonteUser) users.loadUserByUsername(email)).memberships().stream()
                .map(MembershipGrant::organisationName).toList();
    }

    private String tokenMailedTo(String recipient) {
        return WaitingMail.tokenTo(jdbc, recipient);
    }

    private static MembershipGrant grantIn(PonteUser user, String organisation) {
        return user.memberships().stream().filter(m -> m.organisationName().equals(organisation)).findFirst()
                .orElseThrow();
    }

    private static String newAddress() {
        return "invitee-" + UUID.randomUUID() + "@example.test";
    }
}
