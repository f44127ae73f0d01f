package app.ponte.home.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.UiTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

class HomeViewTest extends UiTest {

    @Test
    void a_client_admin_sees_who_they_are_their_company_and_their_requests_and_members_as_entry_points() {
        signInAs("ana@aurora.test");

        navigate(HomeView.class);

        String identity = find(Div.class).id(HomeView.IDENTITY_ID).getElement().getTextRecursively();
        assertThat(identity).contains("ana@aurora.test", "Client administrator", "America/New_York");
        String organisation = find(Div.class).id(HomeView.ORGANISATION_ID).getElement().getTextRecursively();
        assertThat(organisation).contains("Aurora Commerce", "Client company", "America/New_York");
        assertThat(entryPoints()).containsExactly("Our requests", "Roadmap", "Promises", "Changelog", "Satisfaction",
                "Meetings", "Action items", "Progress reports", "Freeze windows", "SLA attainment", "Members");
    }

    @Test
    void a_client_has_their_requests_and_no_administrative_entry_points() {
        signInAs("leo@aurora.test");

        navigate(HomeView.class);

        assertThat(entryPoints()).containsExactly("Our requests", "Roadmap", "Promises", "Changelog", "Meetings", "Action items", "Progress reports",
                "Freeze windows", "SLA attainment");
    }

    @Test
    @WithUserDetails("admin@ponte.test")
    void an_admin_sees_the_administrative_entry_points_in_their_own_language() {

        navigate(HomeView.class);

        assertThat(entryPoints()).containsExactly("Caixa de entrada", "Backlog", "Conflitos", "Roadmap", "Promessas", "Novidades",
                "Satisfação", "Reuniões", "Ações combinadas", "Relatórios de progresso", "Organizações", "Sistemas",
                "Janelas de congelamento", "Priorização e capacidade", "SLA", "Cumprimento do SLA", "Plantão", "Membros",
                "Trilha de auditoria", "Caixa de saída");
        assertThat(find(Div.class).id(HomeView.IDENTITY_ID).getElement().getTextRecursively()).contains("Administrador");
    }

    @Test
    void a_consultant_is_told_they_can_switch_between_their_organisations() {
        signInAs("nina@partner.test");

        navigate(HomeView.class);

        assertThat(find(Div.class).id(HomeView.ORGANISATION_ID).getElement().getTextRecursively())
                .contains("Aurora Commerce", "2");
    }

    private java.util.List<String> entryPoints() {
        var box = find(Div.class).id(HomeView.ENTRY_POINTS_ID);
        return find(Anchor.class, box).all().stream().map(Anchor::getText).toList();
    }
}
