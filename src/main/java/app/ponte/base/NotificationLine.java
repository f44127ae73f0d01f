package app.ponte.base;

import java.time.Instant;
import java.util.List;

/**
 * One line of the bell's list: the translation key of its text with the arguments, where it leads,
 * and whether it was read. An argument written {@code "key:..."} is itself a translation key (a status
 * name, say), so that the whole line reads in the reader's language whenever it is read.
 */
public record NotificationLine(long id, String messageKey, List<String> arguments, String link, Instant createdAt,
        boolean read) {

    public static final String KEY_PREFIX = "key:";

    /** A translation function: a component's {@code getTranslation}, or the provider with a locale. */
    @FunctionalInterface
    public interface Translator {
        String translate(String key, Object... arguments);
    }

    public String text(Translator translator) {
        Object[] resolved = arguments.stream()
                .map(argument -> argument.startsWith(KEY_PREFIX)
                        ? translator.translate(argument.substring(KEY_PREFIX.length()))
                        : argument)
                .toArray();
        return translator.translate(messageKey, resolved);
    }
}
