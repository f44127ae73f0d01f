package app.ponte.security;

import org.jspecify.annotations.Nullable;

/**
 * A change refused because it comes from a page opened in another organisation than the one the person works
 * in now: they switched in another tab. Nothing was changed; reloading the page shows the organisation they
 * work in. See {@link OrganisationScope#forChange()}.
 *
 * @param activeName the organisation the person works in now
 * @param openedName the organisation the page was opened for; null when the person no longer belongs to it
 */
public class OrganisationChangedException extends RuntimeException {

    private final String activeName;
    private final @Nullable String openedName;

    public OrganisationChangedException(String activeName, @Nullable String openedName) {
        super("The page was opened in another organisation than the active one; nothing was changed");
        this.activeName = activeName;
        this.openedName = openedName;
    }

    public String activeName() {
        return activeName;
    }

    public @Nullable String openedName() {
        return openedName;
    }
}
