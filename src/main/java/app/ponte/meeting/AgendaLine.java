package app.ponte.meeting;

import app.ponte.base.NotificationLine.Argument;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One point of an agenda, language-neutral: a translation key with typed arguments (what people wrote is always
 * {@link Argument.Text}), read in each viewer's language; {@code link} a route inside Ponte, or null.
 */
public record AgendaLine(String messageKey, List<Argument> arguments, @Nullable String link) {

    public AgendaLine {
        arguments = List.copyOf(arguments);
    }
}
