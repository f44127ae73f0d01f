package app.ponte.organisation.ui;

import com.vaadin.flow.component.textfield.PasswordField;

/** The "repeat the new password" check shared by the profile, invitation and reset pages. */
final class PasswordConfirmation {

    private PasswordConfirmation() {
    }

    /** True when both fields match; otherwise marks the confirmation field with the translated reason. */
    static boolean confirmed(PasswordField password, PasswordField confirmation) {
        confirmation.setInvalid(false);
        if (password.getValue().equals(confirmation.getValue())) {
            return true;
        }
        confirmation.setErrorMessage(confirmation.getTranslation("password.problem.MISMATCH"));
        confirmation.setInvalid(true);
        return false;
    }
}
