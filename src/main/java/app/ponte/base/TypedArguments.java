package app.ponte.base;

import app.ponte.base.NotificationLine.Argument;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * How typed arguments ({@link Argument}: a notification's, a frozen agenda point's) are kept in one column: each is
 * one letter for its kind ({@code T} text, {@code K} translation key, {@code D} day) followed by its value, the
 * arguments separated by the unit separator, which is taken out of every value. The kind is written by code in a
 * place no value can reach, so no text can pass for a key or a day; reading never throws (what cannot be read is
 * text, as written).
 */
public final class TypedArguments {

    private static final String SEPARATOR = "\u001F";

    private TypedArguments() {
    }

    /**
     * The arguments for a column of {@code column} characters, each text clipped to {@code textMax} and to its share of
     * the column (two characters per argument go to its kind and the separator).
     */
    public static String write(List<Argument> arguments, int column, int textMax) {
        int max = arguments.isEmpty() ? textMax : Math.min(textMax, column / arguments.size() - 2);
        List<String> stored = arguments.stream().map(argument -> switch (argument) {
            case Argument.Text text -> "T" + clip(clean(text.text()), max);
            case Argument.Key key -> "K" + clean(key.key());
            case Argument.Day day -> "D" + day.day();
        }).toList();
        return String.join(SEPARATOR, stored);
    }

    public static List<Argument> read(String stored) {
        if (stored.isEmpty()) {
            return List.of();
        }
        List<Argument> arguments = new ArrayList<>();
        for (String value : stored.split(SEPARATOR, -1)) {
            arguments.add(readOne(value));
        }
        return arguments;
    }

    private static Argument readOne(String value) {
        String rest = value.isEmpty() ? "" : value.substring(1);
        return switch (value.isEmpty() ? ' ' : value.charAt(0)) {
            case 'T' -> Argument.text(rest);
            case 'K' -> Argument.key(rest);
            case 'D' -> dayOr(rest, rest);
            default -> Argument.text(value);
        };
    }

    /** The day, or {@code otherwise} as text when {@code iso} is not one. */
    public static Argument dayOr(String iso, String otherwise) {
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
