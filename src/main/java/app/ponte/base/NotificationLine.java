package app.ponte.base;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line of the bell's list: the translation key of its text with its arguments, where it leads, and
 * whether it was read. Each argument carries its kind, given by the code that made it and never read from
 * its text: words people wrote (a title, a reason, a name) are always {@link Argument.Text}, shown as
 * written; a {@link Argument.Key} is translated and a {@link Argument.Day} formatted by the message
 * ({@code {2,date,long}}), so that the whole line reads in the reader's language whenever it is read.
 */
public record NotificationLine(long id, String messageKey, List<Argument> arguments, String link, Instant createdAt,
        boolean read) {

    private static final Logger log = LoggerFactory.getLogger(NotificationLine.class);

    public NotificationLine {
        arguments = List.copyOf(arguments);
    }

    /** One argument of a notice's text, of one of three kinds. */
    public sealed interface Argument {

        /** Words shown exactly as written: everything a person typed is passed as this. */
        record Text(String text) implements Argument {
            public Text {
                text = text == null ? "" : text;
            }
        }

        /** A translation key (a status name, say), named by code only, shown in the reader's language. */
        record Key(String key) implements Argument {
            public Key {
                Objects.requireNonNull(key);
            }
        }

        /** A calendar day, written the way the reader writes dates. */
        record Day(LocalDate day) implements Argument {
            public Day {
                Objects.requireNonNull(day);
            }
        }

        static Argument text(@Nullable String text) {
            return new Text(text);
        }

        static Argument key(String key) {
            return new Key(key);
        }

        static Argument date(LocalDate day) {
            return new Day(day);
        }

        /** How the argument reads when the message cannot take it: its text, key or ISO day. */
        default String plain() {
            return switch (this) {
                case Text text -> text.text();
                case Key key -> key.key();
                case Day day -> day.day().toString();
            };
        }
    }

    /** A translation function: a component's {@code getTranslation}, or the provider with a locale. */
    @FunctionalInterface
    public interface Translator {
        String translate(String key, Object... arguments);
    }

    /**
     * The line in the translator's language. Never throws: a line whose message cannot take its arguments
     * (a row damaged or written by an older version) reads as its arguments, written plainly.
     */
    public String text(Translator translator) {
        try {
            Object[] resolved = arguments.stream().map(argument -> resolve(argument, translator)).toArray();
            return translator.translate(messageKey, resolved);
        } catch (RuntimeException e) {
            log.warn("Notification {} ({}) read plainly: {}", id, messageKey, e.toString());
            return arguments.stream().map(Argument::plain).collect(Collectors.joining(" · "));
        }
    }

    private static Object resolve(Argument argument, Translator translator) {
        return switch (argument) {
            case Argument.Text text -> text.text();
            case Argument.Key key -> translator.translate(key.key());
            // MessageFormat formats java.util.Date in the JVM's zone: the day's start there is that day.
            case Argument.Day day -> Date.from(day.day().atStartOfDay(ZoneId.systemDefault()).toInstant());
        };
    }
}
