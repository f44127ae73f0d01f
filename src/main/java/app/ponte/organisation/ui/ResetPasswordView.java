package app.ponte.organisation.ui;

import app.ponte.base.ui.FieldRefusals;
import app.ponte.organisation.PasswordResets;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;

/** Sets a new password from a reset link. */
@Route(value = "reset-password/:token", autoLayout = false)
@AnonymousAllowed
class ResetPasswordView extends LinkPage {

    static final String DONE_ID = "reset-done";

    final PasswordField password = new PasswordField();
    final PasswordField confirm = new PasswordField();
    final Button save = new Button();

    private final PasswordResets resets;

    ResetPasswordView(PasswordResets resets) {
        super("40rem");
        this.resets = resets;
    }

    @Override
    void showForm(String token) {
        resets.check(token);
        PasswordConfirmation.label(password, confirm);
        save.setText(getTranslation("reset.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(new Paragraph(getTranslation("reset.intro")), new FormLayout(password, confirm, save));
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
        complete(new FieldRefusals(Map.of(), password), token -> resets.reset(token, password.getValue()),
                "reset.done", DONE_ID);
    }
}
