package app.ponte.meeting;

import app.ponte.base.NotificationLine.Argument;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * How a frozen agenda point keeps its typed arguments in one column: each argument is one letter for its kind
 * ({@code T} text, {@code K} translation key, {@code D} day) and its value, separated by the unit separator, which is
 * taken out of every value. The kind is written by code where no text can reach, so no text can pass for a key.
 * (The notification feature keeps its own, package-private, copy of the same idea.)
 */
final class AgendaArguments {

    static final int COLUMN = 2000;
    private static final String SEPARATOR = "\u001F";

    private AgendaArguments() {
    }

    static String write(List<Argument> arguments) {
        int textMax = arguments.isEmpty() ? COLUMN : COLUMN / arguments.size() - 2;
        List<String> stored = arguments.stream().map(argument -> switch (argument) {
            case Argument.Text text -> "T" + clip(clean(text.text()), textMax);
            case Argument.Key key -> "K" + clean(key.key());
            case Argument.Day day -> "D" + day.day();
        }).toList();
        return String.join(SEPARATOR, stored);
    }

    static List<Argument> read(String stored) {
        if (stored.isEmpty()) {
            return List.of();
        }
        List<Argument> arguments = new ArrayList<>();
        for (String value : stored.split(SEPARATOR, -1)) {
            String rest = value.isEmpty() ? "" : value.substring(1);
            arguments.add(switch (value.isEmpty() ? ' ' : value.charAt(0)) {
                case 'K' -> new Argument.Key(rest);
                case 'D' -> day(rest);
                case 'T' -> new Argument.Text(rest);
                default -> new Argument.Text(value);
            });
        }
        return arguments;
    }

    private static Argument day(String iso) {
        try {
            return new Argument.Day(LocalDate.parse(iso));
        } catch (DateTimeParseException e) {
            return new Argument.Text(iso);
        }
    }

    private static String clean(String value) {
        return value.replace(SEPARATOR, " ");
    }

    private static String clip(String text, int max) {
        return text.length() > max ? text.substring(0, max - 1) + "…" : text;
    }
}
