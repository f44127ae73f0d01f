package app.ponte.base.ui;

import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Calendar days as the viewer's language writes them; planning dates are days, not instants. See {@link LocalisedFormats}. */
public final class Days {

    private Days() {
    }

    public static String format(@Nullable LocalDate day, Locale locale) {
        return LocalisedFormats.day(day, locale);
    }
}
