package app.ponte.sla.ui;

import app.ponte.base.ui.LocalisedFormats;
import app.ponte.base.ui.ViewerTime;
import app.ponte.request.Priority;
import com.vaadin.flow.component.Component;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The words the SLA pages share, in the viewer's language and time zone: a moment with its weekday ("Mon 12/7/26,
 * 12:30 PM") and a duration in hours and minutes ("2 h 10 min") as base.ui says them everywhere, a plan's priority ("P1 (Urgent)") and a breach's
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

    /** An instant in the viewer's zone with the weekday first, as {@link ViewerTime#moment} says it. */
    String moment(Instant instant) {
        return ViewerTime.moment(instant, zone, locale);
    }

    /** A length of time ("2 h 10 min", "4 h"), as {@link LocalisedFormats#duration} says it. */
    String duration(Duration duration) {
        return LocalisedFormats.duration(translator, duration);
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
