package app.ponte.organisation;

import java.time.ZoneId;

/** What a person can change about themselves, with the version they loaded it at. */
public record Profile(String email, String displayName, String language, ZoneId timeZone, long version) {

    /** The longest display name (the column's width). */
    public static final int DISPLAY_NAME_MAX = 120;
}
