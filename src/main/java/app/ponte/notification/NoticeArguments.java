package app.ponte.notification;

import app.ponte.base.NotificationLine.Argument;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How a notification's arguments are kept in their column. Each is stored as one letter for its kind
 * ({@code T} text, {@code K} translation key, {@code D} day) followed by its value, the arguments separated
 * by the unit separator, which is taken out of every value: the kind is written by code in a place no
 * value can reach, so no text can pass for a key or a day.
 *
 * <p>Rows written before (format {@link #PREFIXED}) marked keys and days inside the text itself
 * ({@code "key:..."}, {@code "date:..."}). They are read safely: only the one kind of key those versions
 * wrote (a request status) and only a valid day count as such; anything else is text, as written.
 */
final class NoticeArguments {

    static final int PREFIXED = 1;
    static final int TYPED = 2;

    /** The column's length, and the most one text argument keeps. */
    static final int COLUMN = 1000;
    static final int TEXT_MAX = 200;

    private static final String SEPARATOR = "\u001F";
    private static final Pattern PREFIXED_KEY = Pattern.compile("request\\.status\\.[A-Z_]+");

    private NoticeArguments() {
    }

    static String write(List<Argument> arguments) {
        // Two characters per argument go to its kind and the separator; the texts share what is left.
        int textMax = arguments.isEmpty() ? TEXT_MAX : Math.min(TEXT_MAX, COLUMN / arguments.size() - 2);
        List<String> stored = arguments.stream().map(argument -> switch (argument) {
            case Argument.Text text -> "T" + clip(clean(text.text()), textMax);
            case Argument.Key key -> "K" + clean(key.key());
            case Argument.Day day -> "D" + day.day();
        }).toList();
        return String.join(SEPARATOR, stored);
    }

    static List<Argument> read(String stored, int format) {
        if (format != PREFIXED && stored.isEmpty()) {
            return List.of();
        }
        List<Argument> arguments = new ArrayList<>();
        for (String value : stored.split(SEPARATOR, -1)) {
            arguments.add(format == PREFIXED ? readPrefixed(value) : readTyped(value));
        }
        return arguments;
    }

    private static Argument readTyped(String value) {
        String rest = value.isEmpty() ? "" : value.substring(1);
        return switch (value.isEmpty() ? ' ' : value.charAt(0)) {
            case 'T' -> Argument.text(rest);
            case 'K' -> Argument.key(rest);
            case 'D' -> day(rest, rest);
            default -> Argument.text(value);
        };
    }

    private static Argument readPrefixed(String value) {
        if (value.startsWith("key:") && PREFIXED_KEY.matcher(value.substring(4)).matches()) {
            return Argument.key(value.substring(4));
        }
        if (value.startsWith("date:")) {
            return day(value.substring(5), value);
        }
        return Argument.text(value);
    }

    /** The day, or the whole value as text when it is not one. */
    private static Argument day(String iso, String otherwise) {
        try {
            return Argument.date(LocalDate.parse(iso));
        } catch (DateTimeParseException e) {
            return Argument.text(otherwise);
        }
    }

    private static String clean(String value) {
        return value.replace(SEPARATOR, " ");
    }

    private static String clip(String text, int max) {
        return text.length() > max ? text.substring(0, max - 1) + "…" : text;
    }
}
