package app.ponte.organisation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.UiTest;
import app.ponte.organisation.DemoFixtures;
import app.ponte.organisation.MemberSummary;
import app.ponte.organisation.Members;
import app.ponte.organisation.PersonSummary;
import app.ponte.security.SystemAuthentication;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.value.ValueChangeMode;
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
    @Autowired
    Members members;

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
    void the_address_refusal_goes_away_while_typing_once_the_address_is_valid() {
        test(view.invite).click();
        roundTrip();
        test(view.inviteDialog.email).setValue("not-an-address");
        test(view.inviteDialog.send).click();
        assertThat(view.inviteDialog.email.isInvalid()).isTrue();

        assertThat(view.inviteDialog.email.getValueChangeMode()).isEqualTo(ValueChangeMode.EAGER);
        test(view.inviteDialog.email).setValue("still-not@valid");
        assertThat(view.inviteDialog.email.isInvalid()).isTrue();
        test(view.inviteDialog.email).setValue("valid-" + UUID.randomUUID() + "@example.test");

        assertThat(view.inviteDialog.email.isInvalid()).isFalse();
    }

    @Test
    void an_invitation_can_propose_a_name_shown_in_the_pending_list() {
        test(view.invite).click();
        roundTrip();
        String email = "named-" + UUID.randomUUID() + "@example.test";
        test(view.inviteDialog.email).setValue(email);
        test(view.inviteDialog.displayName).setValue("Paula Proposed");
        test(view.inviteDialog.send).click();

        var pending = test(view.pending.grid);
        assertThat(pending.getRow(0).email()).isEqualTo(email);
        assertThat(pending.getRow(0).displayName()).isEqualTo("Paula Proposed");
        assertThat(pending.getCellText(0, view.pending.grid.getColumns().indexOf(
                view.pending.grid.getColumnByKey("expires")))).isNotBlank();
    }

    @Test
    void a_pending_invitation_is_resent_and_revoked_from_visible_buttons_with_a_confirmation_each() {
        String email = "pending-" + UUID.randomUUID() + "@example.test";
        inviteThroughTheDialog(email);
        var pending = test(view.pending.grid);
        long first = pending.getRow(0).id();

        test(pendingAction(0, "resend-" + first)).click();

        assertThat(lastNotification()).isEqualTo("Invitation sent again to " + email
                + ". The previous link no longer works.");
        long second = test(view.pending.grid).getRow(0).id();
        assertThat(second).isNotEqualTo(first);

        test(pendingAction(0, "revoke-" + second)).click();
        roundTrip();
        test(ConfirmDialogTester.class, find(ConfirmDialog.class).single()).confirm();

        assertThat(lastNotification()).isEqualTo("Invitation to " + email + " revoked. Its link no longer works.");
        assertThat(test(view.pending.grid).size()).isZero();
    }

    @Test
    void promoting_a_colleague_takes_one_choice_in_their_row_and_says_so() {
        test(roleOf(colleague)).selectItem("Client administrator");

        assertThat(((PonteUser) users.loadUserByUsername(colleague)).requireActive().role())
                .isEqualTo(Role.CLIENT_ADMIN);
        assertThat(lastNotification()).startsWith("Test Person is now Client administrator.");
    }

    @Test
    void the_last_client_admin_stepping_down_is_refused_with_a_message() {
        test(roleOf(boss)).selectItem("Client");

        assertThat(lastNotification()).startsWith("Your company needs at least one active client administrator.");
        assertThat(((PonteUser) users.loadUserByUsername(boss)).requireActive().role()).isEqualTo(Role.CLIENT_ADMIN);
    }

    @Test
    void deactivating_a_colleague_asks_first_then_blocks_their_sign_in_and_says_so() {
        test(MenuBarTester.class, membershipActionsOf(colleague)).clickItem(0, 0);
        roundTrip();
        var confirm = find(ConfirmDialog.class).single();
        assertThat(test(ConfirmDialogTester.class, confirm).getText()).contains(client);

        test(ConfirmDialogTester.class, confirm).confirm();

        assertThat(users.loadUserByUsername(colleague).isEnabled()).isFalse();
        assertThat(rowOf(colleague).memberships().getFirst().membershipActive()).isFalse();
        assertThat(lastNotification()).isEqualTo("Test Person was deactivated in " + client + ".");
    }

    @Test
    void each_person_is_one_row_with_their_membership_in_the_company_only() {
        String consultant = fixtures.newMember(fixtures.newClient(), Role.CLIENT);
        SystemAuthentication.runAsAdmin(() -> members.addMembership(fixtures.accountId(consultant),
                fixtures.organisationId(client), Role.CLIENT));
        view.grid.getDataProvider().refreshAll();

        assertThat(rowOf(consultant).memberships()).extracting(MemberSummary::organisationName)
                .containsExactly(client);
        assertThat(test(view.grid).size()).isEqualTo(3);
    }

    /** A button in a pending invitation's row: resend or revoke. */
    private Button pendingAction(int row, String id) {
        return descendant(test(view.pending.grid).getCellComponent(row, "actions"), Button.class, id);
    }

    private Select<Role> roleOf(String email) {
        return descendant(cellOf(email), Select.class, "role-" + rowOf(email).memberships().getFirst().membershipId());
    }

    private MenuBar membershipActionsOf(String email) {
        return descendant(cellOf(email), MenuBar.class,
                "membership-actions-" + rowOf(email).memberships().getFirst().membershipId());
    }

    private Component cellOf(String email) {
        var tester = test(view.grid);
        for (int row = 0; row < tester.size(); row++) {
            if (tester.getRow(row).email().equals(email)) {
                return tester.getCellComponent(row, "memberships");
            }
        }
        throw new AssertionError(email + " not listed");
    }

    @SuppressWarnings("unchecked")
    private static <C extends Component> C descendant(Component root, Class<? super C> type, String id) {
        if (type.isInstance(root) && id.equals(root.getId().orElse(null))) {
            return (C) root;
        }
        return root.getChildren().map(child -> (C) descendantOrNull(child, type, id)).filter(c -> c != null)
                .findFirst().orElseThrow(() -> new AssertionError(id + " not found"));
    }

    private static Component descendantOrNull(Component root, Class<?> type, String id) {
        if (type.isInstance(root) && id.equals(root.getId().orElse(null))) {
            return root;
        }
        return root.getChildren().map(child -> descendantOrNull(child, type, id)).filter(c -> c != null)
                .findFirst().orElse(null);
    }

    private PersonSummary rowOf(String email) {
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
