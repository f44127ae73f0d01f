package app.ponte.base.ui;

import app.ponte.security.CurrentUser;
import app.ponte.security.PonteUser;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Shows times in the viewer's own time zone (from their profile) and language. Times are stored in
 * UTC; only the display changes with the viewer.
 */
@Component
public class ViewerTime {

    private final CurrentUser currentUser;
    private final Clock clock;

    ViewerTime(CurrentUser currentUser, Clock clock) {
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public ZoneId zone() {
        return currentUser.get().map(PonteUser::timeZone).map(ZoneId::of).orElse(ZoneId.of("UTC"));
    }

    /** An instant as the viewer reads it: their zone, their language, date and time. */
    public String format(java.time.Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale).format(instant.atZone(zone()));
    }

    public Clock clock() {
        return clock;
    }

    /** The wall-clock time now in another zone, e.g. a client's office, for the viewer's language. */
    public String nowIn(ZoneId zone, Locale locale) {
        ZonedDateTime there = clock.instant().atZone(zone);
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale)
                .format(there);
    }
}
