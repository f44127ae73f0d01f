package app.ponte.base;

import java.util.Locale;

/**
 * Turns what a user typed into a filter into a safe "contains" pattern for {@code like ... escape '!'}:
 * the user's own % and _ match literally instead of acting as wildcards.
 */
public final class LikePattern {

    public static final char ESCAPE = '!';

    private LikePattern() {
    }

    public static String contains(String text) {
        return "%" + escaped(text) + "%";
    }

    /** A "starts with" pattern: unlike "contains", a database index can serve it. */
    public static String startsWith(String text) {
        return escaped(text) + "%";
    }

    private static String escaped(String text) {
        String typed = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        StringBuilder pattern = new StringBuilder();
        for (char c : typed.toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                pattern.append(ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.toString();
    }
}
