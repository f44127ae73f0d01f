package app.ponte.home.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.UiTest;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

class HomeViewTest extends UiTest {

    @Test
    void a_client_admin_sees_who_they_are_and_their_company_with_its_local_time() {
        signInAs("ana@aurora.test");

        navigate(HomeView.class);

        String identity = find(Div.class).id(HomeView.IDENTITY_ID).getElement().getTextRecursively();
        assertThat(identity).contains("ana@aurora.test", "Client administrator", "America/New_York");
        String organisation = find(Div.class).id(HomeView.ORGANISATION_ID).getElement().getTextRecursively();
        assertThat(organisation).contains("Aurora Commerce", "Client company", "America/New_York");
    }

    @Test
    @WithUserDetails("admin@ponte.test")
    void an_admin_reads_their_role_in_their_own_language() {

        navigate(HomeView.class);

        assertThat(find(Div.class).id(HomeView.IDENTITY_ID).getElement().getTextRecursively()).contains("Administrador");
    }

    @Test
    void a_consultant_is_told_they_can_switch_between_their_organisations() {
        signInAs("nina@partner.test");

        navigate(HomeView.class);

        assertThat(find(Div.class).id(HomeView.ORGANISATION_ID).getElement().getTextRecursively())
                .contains("Aurora Commerce", "2");
    }

    @Test
    void a_team_member_lands_on_the_teams_dashboard_under_a_header_with_both_local_times() {
        signInAs("lead@ponte.test");

        navigate(HomeView.class);

        assertThat(find(Div.class).id(HomeView.IDENTITY_ID).getElement().getTextRecursively())
                .contains("lead@ponte.test");
        assertThat(find(Div.class).id(HomeView.ORGANISATION_ID).getElement().getTextRecursively())
                .contains("Local time there");
        assertThat(find(Div.class).id(Dashboard.ID).getElement().getTextRecursively())
                .doesNotContain("Our requests");
    }

    @Test
    void a_requester_lands_on_the_requesters_dashboard_and_never_on_the_teams_sections() {
        signInAs("rita@meridian.test");

        navigate(HomeView.class);

        assertThat(find(Div.class).id(HomeView.ORGANISATION_ID).getElement().getTextRecursively())
                .contains("Meridian Bank");
        assertThat(find(Div.class).id(Dashboard.ID).getElement().getTextRecursively())
                .doesNotContain("Queue", "Relationship health", "Administration");
    }
}
