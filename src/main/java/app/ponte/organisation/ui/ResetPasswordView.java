package app.ponte.organisation.ui;

import app.ponte.base.ui.FieldRefusals;
import app.ponte.organisation.InvalidLinkException;
import app.ponte.organisation.PasswordResets;
import app.ponte.security.PasswordPolicy;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;

/** Sets a new password from a reset link. */
@Route(value = "reset-password/:token", autoLayout = false)
@AnonymousAllowed
class ResetPasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String DONE_ID = "reset-done";

    final PasswordField password = new PasswordField();
    final PasswordField confirm = new PasswordField();
    final Button save = new Button();

    private final PasswordResets resets;
    private String token = "";

    ResetPasswordView(PasswordResets resets) {
        this.resets = resets;
        setMaxWidth("40rem");
        getStyle().set("margin", "0 auto");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        add(new H1(getTranslation("app.name")));
        try {
            resets.check(token);
            password.setLabel(getTranslation("profile.password.new"));
            password.setHelperText(getTranslation("profile.password.rules", PasswordPolicy.MIN_LENGTH));
            confirm.setLabel(getTranslation("profile.password.confirm"));
            save.setText(getTranslation("reset.save"));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> save());
            add(new Paragraph(getTranslation("reset.intro")), new FormLayout(password, confirm, save));
        } catch (InvalidLinkException e) {
            add(new LinkProblemPanel(e.problem()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.title");
    }

    private void save() {
        password.setInvalid(false);
        if (!PasswordConfirmation.confirmed(password, confirm)) {
            return;
        }
        try {
            if (new FieldRefusals(Map.of(), password).attempt(() -> resets.reset(token, password.getValue()))) {
                removeAll();
                var done = new Paragraph(getTranslation("reset.done"));
                done.setId(DONE_ID);
                add(new H1(getTranslation("app.name")), done,
                        new Anchor("login", getTranslation("invitation.to-login")));
            }
        } catch (InvalidLinkException e) {
            removeAll();
            add(new LinkProblemPanel(e.problem()));
        }
    }
}
