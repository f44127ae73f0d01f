package app.ponte.organisation;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The one rule for what Ponte accepts as an e-mail address, for services and for forms checking while typing. */
public final class EmailAddresses {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private EmailAddresses() {
    }

    /** The address as stored: trimmed, in lower case. */
    public static String normalise(@Nullable String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    /** Whether the address, normalised, is one Ponte accepts. */
    public static boolean isValid(@Nullable String email) {
        String normalised = normalise(email);
        return EMAIL.matcher(normalised).matches() && normalised.length() <= 254;
    }
}
