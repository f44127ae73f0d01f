package app.ponte.request;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a message names a person: {@code @} and their e-mail address ({@code @ana@aurora.test}). The notifier
 * tells the people named; the page shows the names highlighted.
 */
public final class Mentions {

    static final Pattern MENTION = Pattern.compile("(?<![\\w.])@([\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+)");

    private Mentions() {
    }

    /** A piece of a message: plain text, or a mention ({@code text} is then "@" and the address). */
    public record Piece(String text, boolean mention) {
    }

    /** The message cut into plain text and mentions, in order; nothing is lost or added. */
    public static List<Piece> pieces(String body) {
        List<Piece> pieces = new ArrayList<>();
        Matcher matcher = MENTION.matcher(body);
        int from = 0;
        while (matcher.find()) {
            if (matcher.start() > from) {
                pieces.add(new Piece(body.substring(from, matcher.start()), false));
            }
            pieces.add(new Piece(matcher.group(), true));
            from = matcher.end();
        }
        if (from < body.length()) {
            pieces.add(new Piece(body.substring(from), false));
        }
        return pieces;
    }

    /** How a person is mentioned in a message. */
    public static String of(String email) {
        return "@" + email;
    }

    /** The addresses the message mentions, in lower case. */
    static Set<String> emails(String body) {
        Set<String> emails = new HashSet<>();
        Matcher matcher = MENTION.matcher(body);
        while (matcher.find()) {
            emails.add(matcher.group(1).toLowerCase(Locale.ROOT));
        }
        return emails;
    }
}
