package app.ponte.sla.ui;

import app.ponte.request.Priority;
import com.vaadin.flow.component.Component;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The words the SLA pages share, in the viewer's language and time zone: a moment with its weekday ("Mon 12/7/26,
 * 12:30 PM"), a duration in hours and minutes ("2 h 10 min"), a plan's priority ("P1 (Urgent)") and a breach's
 * recorded cause, stored as structured words ({@code paused=PT3H;priority=NORMAL>URGENT}) and said here as a sentence.
 */
final class SlaTexts {

    private final Component translator;
    private final Locale locale;
    private final ZoneId zone;

    SlaTexts(Component translator, Locale locale, ZoneId zone) {
        this.translator = translator;
        this.locale = locale;
        this.zone = zone;
    }

    /** An instant in the viewer's zone, with the weekday first: SLA times are read as "due Monday at…". */
    String moment(Instant instant) {
        ZonedDateTime there = instant.atZone(zone);
        return DateTimeFormatter.ofPattern("EEE", locale).format(there) + " "
                + DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale).format(there);
    }

    /** Hours and minutes, rounded down to the minute; a duration under a minute is "0 min". */
    String duration(Duration duration) {
        return duration(translator, duration.toMinutes());
    }

    /** "2 h 10 min", "4 h", "30 min": every SLA page says a length of time so. */
    static String duration(Component in, long wholeMinutes) {
        long minutes = Math.max(0, wholeMinutes);
        long hours = minutes / 60;
        long rest = minutes % 60;
        if (hours == 0) {
            return in.getTranslation("sla.duration.minutes", rest);
        }
        return rest == 0 ? in.getTranslation("sla.duration.hours", hours)
                : in.getTranslation("sla.duration.hours-minutes", hours, rest);
    }

    String priority(Priority priority) {
        return priority(translator, priority);
    }

    /** "P1 (Urgent)": the plan's number for a priority and the team's word for it. */
    static String priority(Component in, Priority priority) {
        return in.getTranslation("sla.priority", priority.ordinal() + 1, in.getTranslation(priority.labelKey()));
    }

    /** A recorded cause as sentences; words this page does not know are shown as they were recorded. */
    String cause(@Nullable String words) {
        if (words == null || words.isBlank()) {
            return t("sla.cause-word.none");
        }
        List<String> said = new ArrayList<>();
        for (String part : words.split(";")) {
            if (!part.isBlank()) {
                said.add(word(part.trim()));
            }
        }
        return String.join("; ", said);
    }

    private String word(String part) {
        int equals = part.indexOf('=');
        String key = equals < 0 ? part : part.substring(0, equals).trim();
        String value = equals < 0 ? "" : part.substring(equals + 1).trim();
        String[] change = value.split(">", 2);
        return switch (key) {
            case "paused" -> pausedFor(value);
            case "priority" -> change.length == 2 ? t("sla.cause-word.priority", priorityWord(change[0]),
                    priorityWord(change[1])) : t("sla.cause-word.other", key, value);
            case "plan" -> change.length == 2 ? t("sla.cause-word.plan", change[0], change[1])
                    : t("sla.cause-word.other", key, value);
            case "calendar" -> t("sla.cause-word.calendar", value);
            case "reopened" -> t("sla.cause-word.reopened");
            case "late" -> t("sla.cause-word.late");
            default -> value.isEmpty() ? key : t("sla.cause-word.other", key, value);
        };
    }

    private String pausedFor(String value) {
        try {
            return t("sla.cause-word.paused", duration(Duration.parse(value)));
        } catch (DateTimeParseException e) {
            return t("sla.cause-word.other", "paused", value);
        }
    }

    private String priorityWord(String name) {
        try {
            return priority(Priority.valueOf(name.trim()));
        } catch (IllegalArgumentException e) {
            return name;
        }
    }

    String t(String key, Object... params) {
        return translator.getTranslation(locale, key, params);
    }
}
