package app.ponte.base.ui;

import java.math.BigDecimal;
import com.vaadin.flow.component.Component;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Every day, month and number a page shows, written the way the viewer's locale writes them: "1 Dec 2026" for
 * English (UK), "Dec 1, 2026" for English (US), "1 de dez. de 2026" and "2,5" in Brazil, and every length of
 * time ("2 h 10 min"). Views never format a date with {@code toString()} or a number with {@code "%.1f"}: they ask
 * here. Instants (a time of day in the viewer's zone) are {@link ViewerTime}'s.
 */
public final class LocalisedFormats {

    /** Shown where a day or a number is missing. */
    public static final String NONE = "–";

    private LocalisedFormats() {
    }

    /** The current page's locale, for helpers without a component at hand; English (UK) outside a page. */
    public static Locale currentLocale() {
        var ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? Locale.UK : ui.getLocale();
    }

    /** A calendar day, medium length ("1 Dec 2026"). */
    public static String day(@Nullable LocalDate day, Locale locale) {
        return day == null ? NONE : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
    }

    /** A day without its year, for a chart's axis of weeks ("Nov 30" in the US, "30 Nov", "30 de nov."). */
    public static String shortDay(LocalDate day, Locale locale) {
        String pattern = locale.getLanguage().equals("pt") ? "d 'de' MMM" : Locale.US.equals(locale) ? "MMM d" : "d MMM";
        return DateTimeFormatter.ofPattern(pattern, locale).format(day);
    }

    /** A month and its year ("December 2026", "dezembro de 2026"). */
    public static String month(YearMonth month, Locale locale) {
        return DateTimeFormatter.ofPattern(locale.getLanguage().equals("pt") ? "MMMM 'de' yyyy" : "MMMM yyyy", locale)
                .format(month);
    }

    /** A number with at most {@code fractionDigits} decimals, grouped ("1,234.5", "1.234,5"). */
    public static String decimal(double value, int fractionDigits, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(fractionDigits);
        format.setMaximumFractionDigits(fractionDigits);
        return format.format(value);
    }

    /** An exact amount (days of effort, a weight) without trailing zeros: "2.5", "2,5", "3". */
    public static String amount(@Nullable BigDecimal value, Locale locale) {
        if (value == null) {
            return NONE;
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
        return format.format(value);
    }

    /** A share as a percentage ("85%", "85 %"). */
    public static String percent(double share, Locale locale) {
        return NumberFormat.getPercentInstance(locale).format(share);
    }

    /** A count ("1,204", "1.204"). */
    public static String count(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** A file size in megabytes with one decimal ("1.5 MB", "1,5 MB"). */
    public static String megabytes(long bytes, Locale locale) {
        return decimal(bytes / (1024.0 * 1024.0), 1, locale) + " MB";
    }

    /**
     * A length of time in hours and minutes, to the nearest minute: "2 h 10 min", "40 h", "35 min", "less than a
     * minute", "0 min" (none at all, or a negative length). Hours never add up to days: SLA targets count business
     * time, where a day is not 24 hours.
     */
    public static String duration(Component in, Duration length) {
        long minutes = nearestMinutes(length);
        if (minutes == 0) {
            return length.isPositive() ? in.getTranslation("duration.under-a-minute")
                    : in.getTranslation("duration.minutes", 0);
        }
        List<String> parts = new ArrayList<>();
        if (minutes >= 60) {
            parts.add(in.getTranslation("duration.hours", minutes / 60));
        }
        if (minutes % 60 > 0) {
            parts.add(in.getTranslation("duration.minutes", minutes % 60));
        }
        return String.join(" ", parts);
    }

    /**
     * A stretch of calendar time, such as the time left to a due moment: from a day on in days and hours ("2 d 3 h",
     * "3 d"), shorter ones as {@link #duration} says them.
     */
    public static String durationInDays(Component in, Duration length) {
        long minutes = nearestMinutes(length);
        long days = minutes / (24 * 60);
        if (days == 0) {
            return duration(in, length);
        }
        long hours = minutes / 60 % 24;
        String said = in.getTranslation("duration.days", days);
        return hours == 0 ? said : said + " " + in.getTranslation("duration.hours", hours);
    }

    /**
     * A request named by its number and title, as links and lists show it: "#6 Gift card balance API" in English,
     * "nº 6 Gift card balance API" in Brazil; the number never grouped ("#1204").
     */
    public static String request(Component in, long number, String title) {
        return in.getTranslation("request.reference", number, title);
    }

    private static long nearestMinutes(Duration length) {
        return length.isNegative() ? 0 : length.plusSeconds(30).toMinutes();
    }
}
