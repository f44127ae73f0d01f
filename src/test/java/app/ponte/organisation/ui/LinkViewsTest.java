package app.ponte.organisation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.UiTest;
import app.ponte.WaitingMail;
import app.ponte.organisation.DemoFixtures;
import app.ponte.organisation.Invitations;
import app.ponte.organisation.PasswordResets;
import app.ponte.security.PonteUser;
import app.ponte.security.Role;
import app.ponte.security.SystemAuthentication;
import app.ponte.organisation.OrganisationKind;
import app.ponte.organisation.Organisations;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.confirmdialog.ConfirmDialogTester;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The public pages behind e-mailed links, with links taken from the waiting message in the outbox table (the
 * outbox itself never shows them).
 */
class LinkViewsTest extends UiTest {


    @Autowired
    Invitations invitations;
    @Autowired
    PasswordResets resets;
    @Autowired
    Organisations organisations;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DemoFixtures fixtures;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void an_invitee_sets_up_the_account_on_the_invitation_page() {
        String email = "page-" + UUID.randomUUID() + "@example.test";
        SystemAuthentication.runAsAdmin(() -> invitations.invite(email, fixtures.organisationId("Meridian Bank"),
                Role.CLIENT));

        var view = navigate("invitation/" + tokenMailedTo(email), InvitationView.class);
        assertThat(view.email.getValue()).isEqualTo(email);
        assertThat(view.intro.getText()).contains("Meridian Bank");
        test(view.displayName).setValue("Paula Page");
        test(view.password).setValue("harbour-violet-tangerine");
        test(view.confirm).setValue("harbour-violet-tangerine");
        test(view.accept).click();

        assertThat(find(Paragraph.class).id(InvitationView.DONE_ID).getText()).contains("ready");
        assertThat(users.loadUserByUsername(email).isEnabled()).isTrue();
    }

    @Test
    void an_existing_account_accepts_on_the_invitation_page_with_its_password_and_nothing_else() {
        String email = auroraClientInvitedToMeridian();
        var view = navigate("invitation/" + tokenMailedTo(email), InvitationView.class);
        assertThat(view.intro.getText()).contains("Meridian Bank", "already has a Ponte account");
        assertThat(view.displayName.isAttached()).isFalse();
        test(view.accountPassword).setValue("not-the-password-at-all");
        test(view.acceptWithAccount).click();
        assertThat(view.accountPassword.isInvalid()).isTrue();
        assertThat(view.accountPassword.getErrorMessage()).contains("not the password");

        test(view.accountPassword).setValue(DemoFixtures.PASSWORD);
        test(view.acceptWithAccount).click();

        assertThat(find(Paragraph.class).id(InvitationView.DONE_ID).getText()).contains("access");
        assertThat(((PonteUser) users.loadUserByUsername(email)).memberships()).extracting(m -> m.organisationName())
                .containsExactlyInAnyOrder("Aurora Commerce", "Meridian Bank");
    }

    @Test
    void declining_on_the_invitation_page_asks_first_and_then_adds_nobody() {
        String email = auroraClientInvitedToMeridian();
        var view = navigate("invitation/" + tokenMailedTo(email), InvitationView.class);
        test(view.decline).click();
        roundTrip();
        var confirm = find(ConfirmDialog.class).single();
        assertThat(test(ConfirmDialogTester.class, confirm).getText()).contains("Meridian Bank");
        assertThat(find(Paragraph.class).withId(InvitationView.DECLINED_ID).exists()).isFalse();

        test(ConfirmDialogTester.class, confirm).confirm();

        assertThat(find(Paragraph.class).id(InvitationView.DECLINED_ID).getText()).contains("declined");
        assertThat(((PonteUser) users.loadUserByUsername(email)).memberships()).hasSize(1);
    }

    @Test
    void a_declined_invitation_link_says_declined_and_offers_no_password_link() {
        String email = auroraClientInvitedToMeridian();
        String token = tokenMailedTo(email);
        invitations.decline(token);

        navigate("invitation/" + token, InvitationView.class);

        String page = find(LinkProblemPanel.class).single().getElement().getTextRecursively();
        assertThat(page).contains("This invitation was declined").doesNotContain("already been used")
                .doesNotContain("password link").contains("ask the person who invited you");
    }

    @Test
    void a_replaced_invitation_link_points_to_the_newer_invitation_not_to_a_password_link() {
        String email = auroraClientInvitedToMeridian();
        String old = tokenMailedTo(email);
        SystemAuthentication.runAsAdmin(() -> invitations.invite(email, fixtures.organisationId("Meridian Bank"),
                Role.CLIENT));

        navigate("invitation/" + old, InvitationView.class);

        assertThat(find(LinkProblemPanel.class).single().getElement().getTextRecursively())
                .contains("replaced by a newer one").doesNotContain("password link");
    }

    @Test
    void a_new_invitee_gets_the_page_in_the_inviting_organisations_language_with_the_proposed_name() {
        String company = "Cliente " + UUID.randomUUID();
        SystemAuthentication.runAsAdmin(() -> organisations.create(OrganisationKind.CLIENT, company,
                ZoneId.of("America/Sao_Paulo"), "pt-BR"));
        String email = "pt-" + UUID.randomUUID() + "@example.test";
        SystemAuthentication.runAsAdmin(() -> invitations.invite(email, "Paula Proposta",
                fixtures.organisationId(company), Role.CLIENT));

        var view = navigate("invitation/" + tokenMailedTo(email), InvitationView.class);

        assertThat(view.intro.getText()).startsWith("Você foi convidado");
        assertThat(view.language.getValue()).isEqualTo("pt-BR");
        assertThat(view.displayName.getValue()).isEqualTo("Paula Proposta");
    }

    @Test
    void a_weak_password_on_the_invitation_page_is_explained_and_nothing_is_created() {
        String email = "weak-" + UUID.randomUUID() + "@example.test";
        SystemAuthentication.runAsAdmin(() -> invitations.invite(email, fixtures.organisationId("Meridian Bank"),
                Role.CLIENT));
        var view = navigate("invitation/" + tokenMailedTo(email), InvitationView.class);

        test(view.displayName).setValue("Weak Walter");
        test(view.password).setValue("password1234");
        test(view.confirm).setValue("password1234");
        test(view.accept).click();

        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).contains("too common");
        assertThat(view.displayName.getValue()).isEqualTo("Weak Walter");
    }

    @Test
    void an_unknown_invitation_link_gets_a_clear_page() {
        navigate("invitation/not-a-real-token", InvitationView.class);

        assertThat(find(LinkProblemPanel.class).single().getElement().getTextRecursively())
                .contains("This link is not valid");
    }

    @Test
    void forgot_password_answers_the_same_for_known_and_unknown_addresses() {
        var view = navigate(ForgotPasswordView.class);
        test(view.email).setValue("nobody-" + UUID.randomUUID() + "@example.test");
        test(view.send).click();
        String unknown = view.answer.getText();

        view = navigate(ForgotPasswordView.class);
        test(view.email).setValue(fixtures.newMember("Aurora Commerce", Role.CLIENT));
        test(view.send).click();

        assertThat(view.answer.getText()).isEqualTo(unknown).contains("one hour");
    }

    @Test
    void a_reset_link_opens_a_page_that_sets_the_new_password() {
        String email = fixtures.newMember("Aurora Commerce", Role.CLIENT);
        resets.requestReset(email, "198.51.100.77");

        var view = navigate("reset-password/" + tokenMailedTo(email), ResetPasswordView.class);
        test(view.password).setValue("cobalt-meadow-lantern");
        test(view.confirm).setValue("cobalt-meadow-lantern");
        test(view.save).click();

        assertThat(find(Paragraph.class).id(ResetPasswordView.DONE_ID).getText()).contains("changed");
        assertThat(passwordEncoder.matches("cobalt-meadow-lantern", users.loadUserByUsername(email).getPassword()))
                .isTrue();
    }

    /** An account of Aurora Commerce, invited to Meridian Bank too; returns its address. */
    private String auroraClientInvitedToMeridian() {
        String email = fixtures.newMember("Aurora Commerce", Role.CLIENT);
        SystemAuthentication.runAsAdmin(() -> invitations.invite(email, fixtures.organisationId("Meridian Bank"),
                Role.CLIENT));
        return email;
    }

    private String tokenMailedTo(String email) {
        return WaitingMail.tokenTo(jdbc, email);
    }
}
