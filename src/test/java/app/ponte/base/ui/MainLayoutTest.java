package app.ponte.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.UiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

class MainLayoutTest extends UiTest {

    @Test
    void an_admin_is_offered_home_inbox_organisations_systems_members_audit_and_outbox() {
        signInAs("admin@ponte.test");
        UI.getCurrent().navigate("");

        assertThat(navigation()).containsExactly("Home", "Inbox", "Backlog", "Conflicts", "Roadmap", "Promises", "Changelog",
                "Satisfaction", "Meetings", "Action items", "Progress reports", "Organisations", "Systems",
                "Freeze windows", "Ranking and capacity", "SLA", "SLA attainment", "On call", "Members", "Audit trail",
                "Outbox");
    }

    @Test
    void a_team_member_is_offered_home_inbox_organisations_and_systems() {
        signInAs("lead@ponte.test");
        UI.getCurrent().navigate("");

        assertThat(navigation()).containsExactly("Home", "Inbox", "Backlog", "Conflicts", "Roadmap", "Promises", "Changelog",
                "Satisfaction", "Meetings", "Action items", "Progress reports", "Organisations", "Systems",
                "Freeze windows", "Ranking and capacity", "SLA", "SLA attainment", "On call");
    }

    @Test
    void a_client_admin_is_offered_home_their_requests_and_members() {
        signInAs("ana@aurora.test");
        UI.getCurrent().navigate("");

        assertThat(navigation()).containsExactly("Home", "Our requests", "Roadmap", "Promises", "Changelog", "Satisfaction",
                "Meetings", "Action items", "Progress reports", "Freeze windows", "SLA attainment", "Members");
    }

    @Test
    void a_department_member_is_offered_home_their_requests_and_satisfaction() {
        signInAs("marketing@ponte.test");
        UI.getCurrent().navigate("");

        // Department members answer the relationship survey and read their organisation's results.
        assertThat(navigation()).containsExactly("Home", "Our requests", "Roadmap", "Promises", "Changelog",
                "Satisfaction", "Meetings", "Action items", "Progress reports", "Freeze windows", "SLA attainment");
    }

    @Test
    void a_client_is_offered_home_and_their_requests() {
        signInAs("leo@aurora.test");
        UI.getCurrent().navigate("");

        assertThat(navigation()).containsExactly("Home", "Our requests", "Roadmap", "Promises", "Changelog",
                "Meetings", "Action items", "Progress reports", "Freeze windows", "SLA attainment");
    }

    @Test
    @WithUserDetails("nina@partner.test")
    void the_user_menu_names_the_person_and_the_active_organisation_and_offers_the_switch() {
        UI.getCurrent().navigate("");

        MenuBar menu = find(MenuBar.class).id(MainLayout.USER_MENU_ID);
        assertThat(menu.getItems().getFirst().getElement().getTextRecursively())
                .contains("Nina Partner", "Aurora Commerce");
        var entries = menu.getItems().getFirst().getSubMenu().getItems();
        assertThat(entries).extracting(item -> item.getElement().getTextRecursively())
                .containsExactly("Profile", "Switch organisation", "Sign out");
        assertThat(entries.get(1).getSubMenu().getItems()).extracting(item -> item.getElement().getTextRecursively())
                .containsExactly("Aurora Commerce · Client", "Meridian Bank · Client");
        assertThat(entries.get(1).getSubMenu().getItems().getFirst().isChecked()).isTrue();
    }

    @Test
    void a_person_with_one_membership_gets_no_switch() {
        signInAs("leo@aurora.test");
        UI.getCurrent().navigate("");

        MenuBar menu = find(MenuBar.class).id(MainLayout.USER_MENU_ID);
        assertThat(menu.getItems().getFirst().getSubMenu().getItems())
                .extracting(item -> item.getElement().getTextRecursively())
                .containsExactly("Profile", "Sign out");
    }

    @Test
    void an_unknown_address_shows_a_translated_not_found_page() {
        signInAs("leo@aurora.test");
        UI.getCurrent().navigate("no-such-page");

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Page not found");
    }

    @Test
    void every_view_is_shown_inside_the_one_main_landmark_beside_a_banner_and_the_navigation() {
        signInAs("leo@aurora.test");
        UI.getCurrent().navigate("notifications");

        Main main = find(Main.class).single();
        assertThat(main.getId()).contains(MainLayout.MAIN_ID);
        assertThat(getCurrentView().getElement().getParent()).isEqualTo(main.getElement());
        assertThat(find(Header.class).single().getElement().getTextRecursively()).contains("Notifications");
        assertThat(find(SideNav.class).id(MainLayout.NAV_ID).findAncestor(Nav.class)).isNotNull();
    }

    @Test
    void the_pages_header_names_the_page_without_the_tabs_app_suffix() {
        signInAs("leo@aurora.test");
        UI.getCurrent().navigate("requests");

        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Our requests · Ponte");
        assertThat(find(com.vaadin.flow.component.html.H1.class).withClassName("view-title").single().getText())
                .isEqualTo("Our requests");
    }

    private List<String> navigation() {
        SideNav nav = find(SideNav.class).id(MainLayout.NAV_ID);
        return nav.getItems().stream().map(SideNavItem::getLabel).toList();
    }
}
