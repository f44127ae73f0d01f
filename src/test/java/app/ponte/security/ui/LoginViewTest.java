package app.ponte.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.UiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

class LoginViewTest extends UiTest {

    @Test
    void a_failed_sign_in_shows_one_message_for_wrong_password_and_unknown_account() {
        UI.getCurrent().navigate("login", QueryParameters.fromString("error=credentials"));

        LoginForm form = find(LoginForm.class).id(LoginView.FORM_ID);
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("The e-mail or the password is not correct, or the account is not active.");
    }

    @Test
    void a_throttled_sign_in_says_how_long_to_wait() {
        UI.getCurrent().navigate("login", QueryParameters.fromString("error=throttled&retry=3"));

        LoginForm form = find(LoginForm.class).id(LoginView.FORM_ID);
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("Please wait 3 minutes and try again.");
    }

    @Test
    void a_login_post_refused_for_its_csrf_token_asks_to_sign_in_again() {
        UI.getCurrent().navigate("login", QueryParameters.fromString("error=expired"));

        assertThat(i18n(find(LoginForm.class).id(LoginView.FORM_ID))).contains("Page expired")
                .contains("Please sign in again.");
    }

    @Test
    void the_old_disabled_code_reads_like_wrong_credentials() {
        UI.getCurrent().navigate("login", QueryParameters.fromString("error=disabled"));

        assertThat(i18n(find(LoginForm.class).id(LoginView.FORM_ID))).contains("Sign-in failed")
                .doesNotContain("Account not active");
    }

    @Test
    void an_unknown_reason_code_reads_like_wrong_credentials() {
        UI.getCurrent().navigate("login", QueryParameters.fromString("error=whatever"));

        assertThat(i18n(find(LoginForm.class).id(LoginView.FORM_ID))).contains("Sign-in failed");
    }

    @Test
    void a_fresh_login_page_shows_no_error_and_posts_to_the_login_endpoint() {
        UI.getCurrent().navigate("login");

        LoginForm form = find(LoginForm.class).id(LoginView.FORM_ID);
        assertThat(form.isError()).isFalse();
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(i18n(form)).contains("\"username\":\"E-mail\"");
    }

    @Test
    void in_demo_mode_the_page_lists_every_demo_account_and_its_password() {
        UI.getCurrent().navigate("login");

        @SuppressWarnings("unchecked")
        Grid<app.ponte.security.LoginHint> grid = find(Grid.class).id(LoginView.DEMO_ACCOUNTS_ID);
        assertThat(test(grid).size()).isEqualTo(13);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("ponte-demo-2026");
    }

    /** The texts the form shows, as Vaadin sends them to the browser. */
    private static String i18n(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }
}
