package app.ponte.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.SignedIn;
import app.ponte.UiTest;
import app.ponte.organisation.DemoFixtures;
import app.ponte.organisation.Members;
import app.ponte.request.RequestDraft;
import app.ponte.request.RequestIntake;
import app.ponte.request.RequestKind;
import app.ponte.security.MembershipGrant;
import app.ponte.security.PonteUser;
import app.ponte.security.Role;
import app.ponte.security.SystemAuthentication;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.confirmdialog.ConfirmDialogTester;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A consultant working for two clients: the switch asks first and keeps the page when it exists in the other
 * organisation; a link to a request of the other client offers the switch instead of "not found", and nobody
 * else learns anything from such a link.
 */
class OrganisationSwitchTest extends UiTest {

    @Autowired
    DemoFixtures fixtures;
    @Autowired
    Members members;
    @Autowired
    RequestIntake intake;

    String consultant;
    long meridianRequest;
    long auroraRequest;

    @BeforeEach
    void consultantOfAuroraAndMeridian() {
        consultant = fixtures.newMember("Aurora Commerce", Role.CLIENT);
        SystemAuthentication.runAsAdmin(() -> members.addMembership(fixtures.accountId(consultant),
                fixtures.organisationId("Meridian Bank"), Role.CLIENT));
        String banker = fixtures.newMember("Meridian Bank", Role.CLIENT);
        meridianRequest = SignedIn.as(users, banker, () -> intake.file(
                RequestDraft.simple(RequestKind.QUESTION, "Statement export", "Details")));
        auroraRequest = SignedIn.as(users, consultant, () -> intake.file(
                RequestDraft.simple(RequestKind.QUESTION, "Checkout question", "Details")));
    }

    @Test
    void a_link_to_a_request_of_another_of_ones_organisations_offers_to_switch_there_and_opens_it() {
        signInAs(consultant);
        UI.getCurrent().navigate("requests/" + meridianRequest);

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        Button switchThere = find(Button.class).id(NotFoundView.SWITCH_ID);
        assertThat(switchThere.getText()).isEqualTo("Switch to Meridian Bank");
        assertThat(getCurrentView().getElement().getTextRecursively())
                .contains("This page belongs to Meridian Bank").doesNotContain("Statement export");

        test(switchThere).click();

        assertThat(activeOrganisation()).isEqualTo("Meridian Bank");
    }

    @Test
    void a_person_who_is_no_member_of_the_requests_organisation_gets_the_same_not_found_as_for_any_id() {
        signInAs("leo@aurora.test");
        UI.getCurrent().navigate("requests/" + meridianRequest);
        String foreign = getCurrentView().getElement().getTextRecursively();
        UI.getCurrent().navigate("requests/999999999");
        String missing = getCurrentView().getElement().getTextRecursively();

        assertThat(foreign).isEqualTo(missing).contains("Page not found").doesNotContain("Meridian");
        assertThat(find(Button.class).all()).noneMatch(button -> NotFoundView.SWITCH_ID.equals(
                button.getId().orElse(null)));
    }

    @Test
    void switching_from_the_user_menu_asks_first_and_keeps_a_page_that_exists_in_the_other_organisation() {
        signInAs(consultant);
        UI.getCurrent().navigate("notifications");

        chooseMeridianInTheUserMenu();
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        assertThat(activeOrganisation()).isEqualTo("Aurora Commerce");
        assertThat(test(ConfirmDialogTester.class, confirm).getText()).contains("This page stays open");

        test(ConfirmDialogTester.class, confirm).confirm();

        assertThat(activeOrganisation()).isEqualTo("Meridian Bank");
    }

    @Test
    void switching_away_from_a_request_of_the_organisation_one_leaves_says_the_home_page_comes_instead() {
        signInAs(consultant);
        UI.getCurrent().navigate("requests/" + auroraRequest);

        chooseMeridianInTheUserMenu();

        assertThat(test(ConfirmDialogTester.class, find(ConfirmDialog.class).single()).getText())
                .contains("you start on the home page");
    }

    private void chooseMeridianInTheUserMenu() {
        MenuBar menu = find(MenuBar.class).id(MainLayout.USER_MENU_ID);
        // Profile, Switch organisation > (Aurora Commerce, Meridian Bank), Sign out
        test(MenuBarTester.class, menu).clickItem(0, 1, 1);
        roundTrip();
    }

    private static String activeOrganisation() {
        return ((PonteUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal()).active()
                .map(MembershipGrant::organisationName).orElseThrow();
    }
}
