package app.ponte.base.ui;

import app.ponte.security.CurrentUser;
import app.ponte.security.PonteUser;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Shows times in the viewer's own time zone (from their profile) and language. Times are stored in
 * UTC; only the display changes with the viewer. Every way a page writes an instant is said here: date and time
 * ({@link #format}), with its weekday first ({@link #moment}), or shorter the nearer it is ({@link #near}).
 */
@Component
public class ViewerTime {

    /** A moment further than this many days from today is written with its date, nearer ones with the weekday. */
    private static final long WEEKDAY_DAYS = 6;

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
    public String format(Instant instant, Locale locale) {
        return dateTime(locale).format(instant.atZone(zone()));
    }

    /** An instant in the viewer's zone with its weekday first, as {@link #moment(Instant, ZoneId, Locale)} says it. */
    public String moment(Instant instant, Locale locale) {
        return moment(instant, zone(), locale);
    }

    /**
     * An instant with its weekday first, in a zone and a language: "Mon 07/12/2026, 12:30" (UK), "Mon 12/7/26,
     * 12:30 PM" (US), "seg. 07/12/2026 09:30" (Brazil). SLA and on-call times are read as "due Monday at…".
     */
    public static String moment(Instant instant, ZoneId zone, Locale locale) {
        ZonedDateTime there = instant.atZone(zone);
        return weekday(there, locale) + " " + dateTime(locale).format(there);
    }

    /**
     * A due time as a list says it, shorter the nearer it is to {@code now}: the time alone on the same day ("12:30"),
     * with its weekday within six days ("Mon 12:30", "seg. 09:30"), with its date beyond ("07/12/2026, 12:30").
     */
    public static String near(Instant at, ZoneId zone, Locale locale, Instant now) {
        ZonedDateTime there = at.atZone(zone);
        long days = Math.abs(ChronoUnit.DAYS.between(now.atZone(zone).toLocalDate(), there.toLocalDate()));
        String time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(there);
        if (days == 0) {
            return time;
        }
        return days <= WEEKDAY_DAYS ? weekday(there, locale) + " " + time : dateTime(locale).format(there);
    }

    public Clock clock() {
        return clock;
    }

    /** The wall-clock time now in another zone, e.g. a client's office, for the viewer's language. */
    public String nowIn(ZoneId zone, Locale locale) {
        return dateTime(locale).format(clock.instant().atZone(zone));
    }

    /** "Mon", "seg.": the weekday abbreviated as the language writes it. */
    private static String weekday(ZonedDateTime there, Locale locale) {
        return DateTimeFormatter.ofPattern("EEE", locale).format(there);
    }

    private static DateTimeFormatter dateTime(Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale);
    }
}
