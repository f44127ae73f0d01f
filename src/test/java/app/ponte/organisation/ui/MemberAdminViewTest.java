package app.ponte.organisation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.UiTest;
import app.ponte.organisation.DemoFixtures;
import app.ponte.organisation.MemberSummary;
import app.ponte.security.PonteUser;
import app.ponte.security.Role;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.confirmdialog.ConfirmDialogTester;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A client admin managing their own company's people, on a company of the test's own. */
class MemberAdminViewTest extends UiTest {

    @Autowired
    DemoFixtures fixtures;

    String client;
    String boss;
    String colleague;
    MemberListView view;

    @BeforeEach
    void openAsClientAdmin() {
        client = fixtures.newClient();
        boss = fixtures.newMember(client, Role.CLIENT_ADMIN);
        colleague = fixtures.newMember(client, Role.CLIENT);
        signInAs(boss);
        view = navigate(MemberListView.class);
    }

    @Test
    void the_list_shows_only_the_company_and_offers_client_roles_only() {
        assertThat(test(view.grid).size()).isEqualTo(2);
        assertThat(view.organisationFilter.isVisible()).isFalse();
        assertThat(view.roleFilter.getEmptySelectionCaption()).isEqualTo("All roles");
        assertThat(view.roleFilter.getListDataView().getItems()).containsExactly(Role.CLIENT_ADMIN, Role.CLIENT);
    }

    @Test
    void inviting_goes_into_the_own_company_and_says_so() {
        test(view.invite).click();
        roundTrip();

        assertThat(view.inviteDialog.organisation.getValue().name()).isEqualTo(client);
        assertThat(view.inviteDialog.organisation.isReadOnly()).isTrue();
        String email = "newcomer-" + UUID.randomUUID() + "@example.test";
        test(view.inviteDialog.email).setValue(email);
        test(view.inviteDialog.send).click();

        assertThat(view.inviteDialog.isOpened()).isFalse();
        assertThat(lastNotification()).isEqualTo("Invitation sent to " + email + ".");
    }

    @Test
    void inviting_an_address_that_has_an_account_elsewhere_answers_exactly_as_for_a_new_address() {
        String stranger = fixtures.newMember(fixtures.newClient(), Role.CLIENT);
        String newcomer = "newcomer-" + UUID.randomUUID() + "@example.test";

        String forStranger = inviteThroughTheDialog(stranger);
        String forNewcomer = inviteThroughTheDialog(newcomer);

        assertThat(forStranger.replace(stranger, "ADDRESS")).isEqualTo(forNewcomer.replace(newcomer, "ADDRESS"));
        assertThat(test(view.grid).size()).isEqualTo(2);
        var pending = test(view.pending.grid);
        assertThat(pending.size()).isEqualTo(2);
        assertThat(List.of(pending.getRow(0).email(), pending.getRow(1).email()))
                .containsExactlyInAnyOrder(stranger, newcomer);
    }

    private String inviteThroughTheDialog(String email) {
        test(view.invite).click();
        roundTrip();
        test(view.inviteDialog.email).setValue(email);
        test(view.inviteDialog.send).click();
        assertThat(view.inviteDialog.isOpened()).isFalse();
        return lastNotification();
    }

    @Test
    void an_invalid_address_is_refused_on_the_field() {
        test(view.invite).click();
        roundTrip();
        test(view.inviteDialog.email).setValue("not-an-address");
        test(view.inviteDialog.send).click();

        assertThat(view.inviteDialog.isOpened()).isTrue();
        assertThat(view.inviteDialog.email.isInvalid()).isTrue();
        assertThat(view.inviteDialog.email.getErrorMessage()).isEqualTo("Enter a valid e-mail address.");
    }

    @Test
    void promoting_a_colleague_from_the_row_menu_makes_them_client_admin() {
        test(MenuBarTester.class, actionsOf(colleague)).clickItem(0, 0, 0);

        assertThat(((PonteUser) users.loadUserByUsername(colleague)).requireActive().role())
                .isEqualTo(Role.CLIENT_ADMIN);
    }

    @Test
    void the_last_client_admin_stepping_down_is_refused_with_a_message() {
        test(MenuBarTester.class, actionsOf(boss)).clickItem(0, 0, 1);

        assertThat(lastNotification()).startsWith("Your company needs at least one active client administrator.");
        assertThat(((PonteUser) users.loadUserByUsername(boss)).requireActive().role()).isEqualTo(Role.CLIENT_ADMIN);
    }

    @Test
    void deactivating_a_colleague_asks_first_and_then_blocks_their_sign_in() {
        test(MenuBarTester.class, actionsOf(colleague)).clickItem(0, 1);
        roundTrip();
        var confirm = find(ConfirmDialog.class).single();
        assertThat(test(ConfirmDialogTester.class, confirm).getText()).contains(client);

        test(ConfirmDialogTester.class, confirm).confirm();

        assertThat(users.loadUserByUsername(colleague).isEnabled()).isFalse();
        assertThat(rowOf(colleague).membershipActive()).isFalse();
    }

    private MenuBar actionsOf(String email) {
        var tester = test(view.grid);
        for (int row = 0; row < tester.size(); row++) {
            if (tester.getRow(row).email().equals(email)) {
                return (MenuBar) tester.getCellComponent(row, "actions");
            }
        }
        throw new AssertionError(email + " not listed");
    }

    private MemberSummary rowOf(String email) {
        var tester = test(view.grid);
        for (int row = 0; row < tester.size(); row++) {
            if (tester.getRow(row).email().equals(email)) {
                return tester.getRow(row);
            }
        }
        throw new AssertionError(email + " not listed");
    }

    private String lastNotification() {
        return find(Notification.class).last().getElement().getProperty("text", "");
    }
}
