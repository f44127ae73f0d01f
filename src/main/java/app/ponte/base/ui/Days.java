package app.ponte.base.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Calendar days as the viewer's language writes them; planning dates are days, not instants. */
public final class Days {

    private Days() {
    }

    public static String format(@Nullable LocalDate day, Locale locale) {
        return day == null ? "–" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
    }
}
