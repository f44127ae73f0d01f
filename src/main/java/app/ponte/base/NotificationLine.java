package app.ponte.base;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

/**
 * One line of the bell's list: the translation key of its text with the arguments, where it leads,
 * and whether it was read. An argument written {@code "key:..."} is itself a translation key (a status
 * name, say), and one written {@code "date:2026-12-10"} a calendar day that the message formats
 * ({@code {2,date,long}}), so that the whole line reads in the reader's language whenever it is read.
 */
public record NotificationLine(long id, String messageKey, List<String> arguments, String link, Instant createdAt,
        boolean read) {

    public static final String KEY_PREFIX = "key:";
    public static final String DATE_PREFIX = "date:";

    /** An argument for a calendar day, formatted in the reader's language when the line is read. */
    public static String date(LocalDate day) {
        return DATE_PREFIX + day;
    }

    /** A translation function: a component's {@code getTranslation}, or the provider with a locale. */
    @FunctionalInterface
    public interface Translator {
        String translate(String key, Object... arguments);
    }

    public String text(Translator translator) {
        Object[] resolved = arguments.stream().map(argument -> resolve(argument, translator)).toArray();
        return translator.translate(messageKey, resolved);
    }

    private static Object resolve(String argument, Translator translator) {
        if (argument.startsWith(KEY_PREFIX)) {
            return translator.translate(argument.substring(KEY_PREFIX.length()));
        }
        if (argument.startsWith(DATE_PREFIX)) {
            // MessageFormat formats java.util.Date in the JVM's zone: the day's start there is that day.
            LocalDate day = LocalDate.parse(argument.substring(DATE_PREFIX.length()));
            return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
        }
        return argument;
    }
}
