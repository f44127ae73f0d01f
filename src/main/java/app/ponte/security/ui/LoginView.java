package app.ponte.security.ui;

import app.ponte.security.LoginHint;
import app.ponte.security.LoginHints;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Sign-in. Failed attempts come back here with a reason code (see LoginFailureHandler): a wrong
 * password, an unknown account and an account that cannot enter read the same, so the page never confirms
 * that an account exists or that a password was right.
 * Public because the security configuration names it as the login view.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String FORM_ID = "login-form";
    static final String DEMO_ACCOUNTS_ID = "demo-accounts";

    private final LoginForm form = new LoginForm();

    LoginView(ObjectProvider<LoginHints> hints) {
        addClassName("login-view");
        setWidthFull();
        setAlignItems(Alignment.CENTER);

        form.setId(FORM_ID);
        form.setAction("login");
        form.addForgotPasswordListener(e -> getUI().ifPresent(ui -> ui.navigate("forgot-password")));
        form.setI18n(i18n("none", "1"));

        add(new H1(getTranslation("app.name")), new Paragraph(getTranslation("login.tagline")), form);
        hints.ifAvailable(this::showHints);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        query.getSingleParameter("error").ifPresent(reason -> {
            String retry = query.getSingleParameter("retry").orElse("1");
            form.setI18n(i18n(reason, retry));
            form.setError(true);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }

    /** The form's texts; the error message is chosen by the reason code and shown only on error. */
    private LoginI18n i18n(String reason, String retryMinutes) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.form.title"));
        i18n.getForm().setUsername(getTranslation("login.form.email"));
        i18n.getForm().setPassword(getTranslation("login.form.password"));
        i18n.getForm().setSubmit(getTranslation("login.form.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.form.forgot"));
        // The form's own required-field messages (security cannot use base.ui's ComponentTexts: no cycles).
        i18n.getErrorMessage().setUsername(getTranslation("login.form.email-required"));
        i18n.getErrorMessage().setPassword(getTranslation("login.form.password-required"));
        String code = switch (reason) {
            case "throttled", "expired" -> reason;
            default -> "credentials";
        };
        i18n.getErrorMessage().setTitle(getTranslation("login.error." + code + ".title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error." + code + ".message", minutes(retryMinutes)));
        return i18n;
    }

    /** The retry hint from the address bar, as a number of minutes (garbage reads as one). */
    private static int minutes(String retry) {
        try {
            return Math.max(1, Integer.parseInt(retry));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private void showHints(LoginHints hints) {
        var grid = new Grid<LoginHint>();
        grid.setId(DEMO_ACCOUNTS_ID);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(LoginHint::email).setHeader(getTranslation("login.demo.email")).setAutoWidth(true);
        grid.addColumn(hint -> getTranslation(hint.role().labelKey())).setHeader(getTranslation("login.demo.role"))
                .setAutoWidth(true);
        grid.addColumn(LoginHint::organisationName).setHeader(getTranslation("login.demo.organisation"))
                .setAutoWidth(true);
        // A handful of fixed demo accounts, not a table: a plain item list is right here.
        grid.setItems(hints.hints());
        grid.setAllRowsVisible(true);
        grid.setWidth("44rem");
        grid.setMaxWidth("100%");
        var box = new Div(new Paragraph(getTranslation("login.demo.intro", hints.sharedPassword())), grid);
        box.addClassName("demo-accounts");
        add(box);
    }
}
