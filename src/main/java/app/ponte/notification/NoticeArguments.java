package app.ponte.notification;

import app.ponte.base.NotificationLine.Argument;
import app.ponte.base.TypedArguments;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How a notification's arguments are kept in their column: typed ({@link TypedArguments}, format {@link #TYPED}).
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
        return TypedArguments.write(arguments, COLUMN, TEXT_MAX);
    }

    static List<Argument> read(String stored, int format) {
        if (format != PREFIXED) {
            return TypedArguments.read(stored);
        }
        List<Argument> arguments = new ArrayList<>();
        for (String value : stored.split(SEPARATOR, -1)) {
            arguments.add(readPrefixed(value));
        }
        return arguments;
    }

    private static Argument readPrefixed(String value) {
        if (value.startsWith("key:") && PREFIXED_KEY.matcher(value.substring(4)).matches()) {
            return Argument.key(value.substring(4));
        }
        if (value.startsWith("date:")) {
            return TypedArguments.dayOr(value.substring(5), value);
        }
        return Argument.text(value);
    }
}
