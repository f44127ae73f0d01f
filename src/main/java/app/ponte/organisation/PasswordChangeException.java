package app.ponte.organisation;

import java.util.List;

/** A password change was refused; {@link #messageKeys()} say why, as translation keys. */
public class PasswordChangeException extends RuntimeException {

    public static final String WRONG_CURRENT_PASSWORD = "password.problem.WRONG_CURRENT";
    /** The new password is the one in use: a change that changes nothing is refused. */
    public static final String SAME_AS_CURRENT = "password.problem.SAME_AS_CURRENT";
    /** Too many wrong current passwords lately: no password is checked until the throttle allows it. */
    public static final String TOO_MANY_WRONG_PASSWORDS = "password.problem.THROTTLED";

    private final List<String> messageKeys;

    public PasswordChangeException(List<String> messageKeys) {
        super("Password change refused: " + messageKeys);
        this.messageKeys = List.copyOf(messageKeys);
    }

    public List<String> messageKeys() {
        return messageKeys;
    }
}
