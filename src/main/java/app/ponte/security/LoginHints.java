package app.ponte.security;

import java.util.List;

/** Supplies {@link LoginHint}s to the login page; present only where suggesting accounts is wanted. */
public interface LoginHints {

    /** The password the hinted accounts share, shown with them. */
    String sharedPassword();

    List<LoginHint> hints();
}
