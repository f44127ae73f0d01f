package app.ponte.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ponte.H2Test;
import app.ponte.base.RejectedInputException;
import app.ponte.security.CurrentUser;
import app.ponte.security.NotFoundInScopeException;
import app.ponte.security.Role;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithUserDetails;

/** The services check roles and tenant scope themselves: views are not the only guard. */
@H2Test
class ServiceSecurityTest {

    private static final PageRequest ALL = PageRequest.of(0, 100);

    @Autowired
    Organisations organisations;
    @Autowired
    Members members;
    @Autowired
    ActiveOrganisation activeOrganisation;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    DemoFixtures fixtures;

    @Test
    void method_security_refuses_callers_who_are_not_signed_in() {
        assertThatThrownBy(() -> organisations.list(OrganisationFilter.ALL, ALL))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> organisations.activeOrganisation())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> members.list(MemberFilter.ALL, ALL))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithUserDetails("leo@aurora.test")
    void a_client_may_not_list_organisations_or_members() {
        assertThatThrownBy(() -> organisations.list(OrganisationFilter.ALL, ALL)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> members.list(MemberFilter.ALL, ALL)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("leo@aurora.test")
    void a_client_reading_another_organisation_by_id_gets_not_found() {
        long meridian = fixtures.organisationId("Meridian Bank");
        long marketing = fixtures.organisationId("Marketing");
        long team = fixtures.organisationId("Backend Team");

        for (long foreign : new long[] {meridian, marketing, team}) {
            assertThatThrownBy(() -> organisations.get(foreign)).isInstanceOf(NotFoundInScopeException.class);
        }
        assertThat(organisations.get(fixtures.organisationId("Aurora Commerce")).name()).isEqualTo("Aurora Commerce");
    }

    @Test
    @WithUserDetails("marketing@ponte.test")
    void a_department_reading_a_client_by_id_gets_not_found() {
        long aurora = fixtures.organisationId("Aurora Commerce");

        assertThatThrownBy(() -> organisations.get(aurora)).isInstanceOf(NotFoundInScopeException.class);
        assertThat(organisations.activeOrganisation().name()).isEqualTo("Marketing");
    }

    @Test
    @WithUserDetails("ana@aurora.test")
    void a_client_admin_lists_only_the_members_of_their_own_company() {
        var listed = members.list(MemberFilter.ALL, ALL).getContent();

        assertThat(listed).extracting(MemberSummary::organisationName).containsOnly("Aurora Commerce");
        assertThat(listed).extracting(MemberSummary::email)
                .contains("ana@aurora.test", "leo@aurora.test", "nina@partner.test")
                .doesNotContain("rita@meridian.test");
    }

    @Test
    @WithUserDetails("ana@aurora.test")
    void a_client_admin_may_not_create_accounts_or_organisations() {
        assertThatThrownBy(() -> members.createAccount("x@aurora.test", "X", "harbour-violet-tangerine", "en",
                ZoneId.of("UTC"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisations.create(OrganisationKind.CLIENT, "Rogue", ZoneId.of("UTC"), "en"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("lead@ponte.test")
    void the_team_sees_every_organisation_but_not_the_member_administration() {
        // By name: other tests add organisations of their own, more than a page of them when the whole suite runs.
        for (String name : java.util.List.of("Backend Team", "Marketing", "Aurora Commerce", "Meridian Bank")) {
            assertThat(organisations.list(new OrganisationFilter(name, null, null), ALL).getContent())
                    .extracting(OrganisationSummary::name).contains(name);
        }
        assertThatThrownBy(() -> members.list(MemberFilter.ALL, ALL)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> members.addMembership(1, 1, Role.TEAM)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("admin@ponte.test")
    void an_admin_lists_members_of_every_organisation_and_filters_them() {
        assertThat(members.list(MemberFilter.ALL, ALL).getContent()).extracting(MemberSummary::organisationName)
                .contains("Backend Team", "Aurora Commerce", "Meridian Bank", "Human Resources");
        assertThat(members.list(new MemberFilter("RITA", null, null, null), ALL).getContent()).extracting(MemberSummary::email)
                .containsExactly("rita@meridian.test");
    }

    @Test
    @WithUserDetails("admin@ponte.test")
    void a_membership_role_must_fit_the_kind_of_organisation() {
        long aurora = fixtures.organisationId("Aurora Commerce");
        long accountId = members.createAccount("fit-" + System.nanoTime() + "@ponte.test", "Fit", "harbour-violet-9",
                "en", ZoneId.of("UTC"));

        assertThatThrownBy(() -> members.addMembership(accountId, aurora, Role.TEAM))
                .isInstanceOfSatisfying(RejectedInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("member.error.role-not-allowed"));
        assertThatThrownBy(() -> members.addMembership(accountId, aurora, Role.INTERNAL))
                .isInstanceOf(RejectedInputException.class);
        assertThat(members.addMembership(accountId, aurora, Role.CLIENT)).isPositive();
    }

    @Test
    @WithUserDetails("admin@ponte.test")
    void an_account_needs_a_valid_unused_e_mail_and_a_policy_conform_password() {
        ZoneId utc = ZoneId.of("UTC");

        assertThatThrownBy(() -> members.createAccount("not-an-address", "X", "harbour-violet-tangerine", "en", utc))
                .isInstanceOfSatisfying(RejectedInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("member.error.email-invalid"));
        assertThatThrownBy(() -> members.createAccount("new@ponte.test", "X", "password1234", "en", utc))
                .isInstanceOfSatisfying(RejectedInputException.class,
                        e -> assertThat(e.field()).isEqualTo("password"));
        assertThatThrownBy(() -> members.createAccount(" LEO@aurora.test", "X", "harbour-violet-tangerine", "en", utc))
                .isInstanceOfSatisfying(RejectedInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("member.error.email-taken"));
    }

    @Test
    @WithUserDetails("nina@partner.test")
    void a_consultant_switches_organisation_and_with_it_what_they_can_see() {
        assertThat(organisations.activeOrganisation().name()).isEqualTo("Aurora Commerce");
        long meridianMembership = currentUser.require().memberships().stream()
                .filter(m -> m.organisationName().equals("Meridian Bank")).findFirst().orElseThrow().membershipId();

        activeOrganisation.switchTo(meridianMembership);

        assertThat(organisations.activeOrganisation().name()).isEqualTo("Meridian Bank");
        long aurora = fixtures.organisationId("Aurora Commerce");
        assertThatThrownBy(() -> organisations.get(aurora)).isInstanceOf(NotFoundInScopeException.class);
    }

    @Test
    @WithUserDetails("nina@partner.test")
    void nobody_can_switch_into_a_membership_of_someone_else() {
        long leosMembership = 0;
        // Every membership id that is not nina's: try a range of real ids.
        for (long id = 1; id <= 20; id++) {
            final long candidate = id;
            boolean ninas = currentUser.require().memberships().stream().anyMatch(m -> m.membershipId() == candidate);
            if (!ninas) {
                assertThatThrownBy(() -> activeOrganisation.switchTo(candidate))
                        .isInstanceOf(NotFoundInScopeException.class);
                leosMembership++;
            }
        }
        assertThat(leosMembership).isGreaterThan(10);
        assertThat(organisations.activeOrganisation().name()).isEqualTo("Aurora Commerce");
    }
}
