package app.ponte.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ponte.H2Test;
import app.ponte.SignedIn;
import app.ponte.TestClock;
import app.ponte.audit.AuditFilter;
import app.ponte.audit.AuditOutcome;
import app.ponte.audit.AuditRecord;
import app.ponte.audit.AuditTrail;
import app.ponte.base.ConcurrentEditException;
import app.ponte.base.RejectedInputException;
import app.ponte.security.PonteUser;
import app.ponte.security.Role;
import app.ponte.security.SystemAuthentication;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;

/** What admins and client admins can change, what they cannot, and that every change is audited. */
@H2Test
class AdministrationTest {

    @Autowired
    Organisations organisations;
    @Autowired
    Members members;
    @Autowired
    AuditTrail audit;
    @Autowired
    DemoFixtures fixtures;
    @Autowired
    UserDetailsService users;
    @Autowired
    SessionRegistry sessions;
    @Autowired
    TestClock clock;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_admin_creates_and_edits_an_organisation_and_both_changes_are_audited() {
        SignedIn.as(users, "admin@ponte.test");
        String name = "Northwind " + UUID.randomUUID();
        long manager = fixtures.accountId("lead@ponte.test");

        OrganisationDetails created = organisations.create(new OrganisationDraft(OrganisationKind.CLIENT, name,
                ZoneId.of("Asia/Tokyo"), "en", manager, ReviewCadence.QUARTERLY, "Needs 24/7 support"));
        OrganisationDetails edited = organisations.update(created.id(), withNotes(created.toDraft().withCadence(
                ReviewCadence.WEEKLY), "Office in Osaka"), created.version());

        assertThat(edited.notes()).isEqualTo("Office in Osaka");
        assertThat(edited.reviewCadence()).as("the review series sets the cadence, never the organisation's edit")
                .isEqualTo(ReviewCadence.QUARTERLY);
        assertThat(edited.accountManagerId()).isEqualTo(manager);
        List<AuditRecord> trail = trailFor(created.id());
        assertThat(trail).extracting(AuditRecord::action).containsExactly("organisation.update", "organisation.create");
        assertThat(trail.getFirst().actorEmail()).isEqualTo("admin@ponte.test");
        assertThat(trail.getFirst().before()).contains("Needs 24/7 support");
        assertThat(trail.getFirst().after()).contains("Office in Osaka");
    }

    @Test
    void a_second_admin_saving_an_old_version_is_told_and_changes_nothing() {
        SignedIn.as(users, "admin@ponte.test");
        long id = fixtures.organisationId(fixtures.newClient());
        OrganisationDetails loaded = organisations.details(id);
        organisations.update(id, withNotes(loaded.toDraft(), "First"), loaded.version());

        assertThatThrownBy(() -> organisations.update(id, withNotes(loaded.toDraft(), "Second"),
                loaded.version())).isInstanceOf(ConcurrentEditException.class);
        assertThat(organisations.details(id).notes()).isEqualTo("First");
    }

    @Test
    void names_must_be_unique_and_the_account_manager_must_be_on_the_team() {
        SignedIn.as(users, "admin@ponte.test");
        var taken = new OrganisationDraft(OrganisationKind.CLIENT, "Aurora Commerce", ZoneId.of("UTC"), "en", null,
                ReviewCadence.MONTHLY, null);
        var clientManager = new OrganisationDraft(OrganisationKind.CLIENT, "Other " + UUID.randomUUID(),
                ZoneId.of("UTC"), "en", fixtures.accountId("leo@aurora.test"), ReviewCadence.MONTHLY, null);

        assertThatThrownBy(() -> organisations.create(taken)).isInstanceOfSatisfying(RejectedInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("organisation.error.name-taken"));
        assertThatThrownBy(() -> organisations.create(clientManager))
                .isInstanceOfSatisfying(RejectedInputException.class,
                        e -> assertThat(e.field()).isEqualTo("accountManager"));
    }

    @Test
    void deactivating_an_organisation_blocks_its_members_and_ends_their_sessions() {
        String client = fixtures.newClient();
        String member = fixtures.newMember(client, Role.CLIENT);
        PonteUser signedIn = (PonteUser) users.loadUserByUsername(member);
        sessions.registerNewSession("session-of-" + member, signedIn);
        SignedIn.as(users, "admin@ponte.test");
        long id = fixtures.organisationId(client);

        organisations.setActive(id, false, organisations.details(id).version());

        assertThat(sessions.getSessionInformation("session-of-" + member).isExpired()).isTrue();
        assertThat(users.loadUserByUsername(member).isEnabled()).isFalse();
        organisations.setActive(id, true, organisations.details(id).version());
        assertThat(users.loadUserByUsername(member).isEnabled()).isTrue();
    }

    @Test
    void the_team_organisation_cannot_be_deactivated() {
        SignedIn.as(users, "admin@ponte.test");
        long team = fixtures.organisationId("Backend Team");

        assertThatThrownBy(() -> organisations.setActive(team, false, organisations.details(team).version()))
                .isInstanceOfSatisfying(RejectedInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("organisation.error.team-stays-active"));
    }

    @Test
    void a_client_admin_promotes_a_colleague_and_may_then_step_down() {
        String client = fixtures.newClient();
        String boss = fixtures.newMember(client, Role.CLIENT_ADMIN);
        String colleague = fixtures.newMember(client, Role.CLIENT);
        long colleagueMembership = fixtures.membershipId(colleague, client);
        long bossMembership = fixtures.membershipId(boss, client);
        SignedIn.as(users, boss);

        members.changeRole(colleagueMembership, Role.CLIENT_ADMIN, fixtures.membershipVersion(colleagueMembership));
        members.changeRole(bossMembership, Role.CLIENT, fixtures.membershipVersion(bossMembership));

        assertThat(((PonteUser) users.loadUserByUsername(colleague)).requireActive().role()).isEqualTo(Role.CLIENT_ADMIN);
        assertThat(((PonteUser) users.loadUserByUsername(boss)).requireActive().role()).isEqualTo(Role.CLIENT);
    }

    @Test
    void the_last_active_client_admin_can_neither_step_down_nor_deactivate_themself() {
        String client = fixtures.newClient();
        String boss = fixtures.newMember(client, Role.CLIENT_ADMIN);
        long membership = fixtures.membershipId(boss, client);
        SignedIn.as(users, boss);

        assertThatThrownBy(() -> members.changeRole(membership, Role.CLIENT, fixtures.membershipVersion(membership)))
                .isInstanceOfSatisfying(RejectedInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("member.error.last-client-admin"));
        assertThatThrownBy(() -> members.setMembershipActive(membership, false, fixtures.membershipVersion(membership)))
                .isInstanceOfSatisfying(RejectedInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("member.error.last-client-admin"));
    }

    @Test
    void a_client_admin_cannot_grant_team_or_internal_roles() {
        String client = fixtures.newClient();
        String boss = fixtures.newMember(client, Role.CLIENT_ADMIN);
        long colleague = fixtures.membershipId(fixtures.newMember(client, Role.CLIENT), client);
        SignedIn.as(users, boss);

        for (Role role : List.of(Role.ADMIN, Role.TEAM, Role.INTERNAL)) {
            assertThatThrownBy(() -> members.changeRole(colleague, role, fixtures.membershipVersion(colleague)))
                    .as(role.name()).isInstanceOf(RejectedInputException.class);
        }
    }

    @Test
    void a_client_admin_deactivates_a_colleague_only_in_their_own_company() {
        String client = fixtures.newClient();
        String boss = fixtures.newMember(client, Role.CLIENT_ADMIN);
        String consultant = fixtures.newMember(client, Role.CLIENT);
        SystemAuthentication.runAsAdmin(() -> members.addMembership(fixtures.accountId(consultant),
                fixtures.organisationId("Meridian Bank"), Role.CLIENT));
        long membership = fixtures.membershipId(consultant, client);
        SignedIn.as(users, boss);

        members.setMembershipActive(membership, false, fixtures.membershipVersion(membership));

        PonteUser after = (PonteUser) users.loadUserByUsername(consultant);
        assertThat(after.isEnabled()).isTrue();
        assertThat(after.memberships()).extracting(m -> m.organisationName()).containsExactly("Meridian Bank");
    }

    @Test
    void two_admins_changing_the_same_member_the_second_is_told() {
        String client = fixtures.newClient();
        long membership = fixtures.membershipId(fixtures.newMember(client, Role.CLIENT), client);
        long version = fixtures.membershipVersion(membership);
        SignedIn.as(users, "admin@ponte.test");

        members.changeRole(membership, Role.CLIENT_ADMIN, version);

        assertThatThrownBy(() -> members.setMembershipActive(membership, false, version))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void deactivating_an_account_ends_its_sessions_and_blocks_sign_in_but_not_for_oneself() {
        String person = fixtures.newMember(fixtures.newClient(), Role.CLIENT);
        sessions.registerNewSession("session-of-" + person, users.loadUserByUsername(person));
        SignedIn.as(users, "admin@ponte.test");

        members.setAccountActive(fixtures.accountId(person), false, fixtures.accountVersion(person));

        assertThat(sessions.getSessionInformation("session-of-" + person).isExpired()).isTrue();
        assertThat(users.loadUserByUsername(person).isEnabled()).isFalse();
        assertThatThrownBy(() -> members.setAccountActive(fixtures.accountId("admin@ponte.test"), false,
                fixtures.accountVersion("admin@ponte.test"))).isInstanceOf(RejectedInputException.class);
    }

    private List<AuditRecord> trailFor(long organisationId) {
        return SystemAuthentication.runAsAdmin(() -> audit.find(new AuditFilter(Instant.EPOCH,
                clock.instant().plusSeconds(60), "admin@", null, AuditOutcome.DONE), PageRequest.of(0, 200))
                .stream().filter(r -> Long.valueOf(organisationId).equals(r.targetId())
                        && "Organisation".equals(r.targetType()))
                .toList());
    }

    private static OrganisationDraft withNotes(OrganisationDraft draft, String notes) {
        return new OrganisationDraft(draft.kind(), draft.name(), draft.timeZone(), draft.language(),
                draft.accountManagerId(), draft.reviewCadence(), notes);
    }
}
