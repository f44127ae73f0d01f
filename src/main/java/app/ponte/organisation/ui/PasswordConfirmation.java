package app.ponte.organisation.ui;

import app.ponte.security.PasswordPolicy;
import com.vaadin.flow.component.textfield.PasswordField;

/** The new password and its repetition, as the profile, invitation and reset pages ask for them. */
final class PasswordConfirmation {

    private PasswordConfirmation() {
    }

    /** Labels both fields and says what the password policy wants. */
    static void label(PasswordField password, PasswordField confirmation) {
        password.setLabel(password.getTranslation("profile.password.new"));
        password.setHelperText(password.getTranslation("profile.password.rules", PasswordPolicy.MIN_LENGTH));
        confirmation.setLabel(confirmation.getTranslation("profile.password.confirm"));
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
