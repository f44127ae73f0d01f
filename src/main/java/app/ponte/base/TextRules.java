package app.ponte.base;

import org.jspecify.annotations.Nullable;

/**
 * The checks every typed text goes through, with the same translated refusals everywhere: a required
 * text is not blank, and no text is longer than its column. Lengths count characters after trimming.
 */
public final class TextRules {

    private TextRules() {
    }

    /** The text trimmed; refused on {@code field} when blank or longer than {@code max}. */
    public static String required(String field, @Nullable String text, int max) {
        if (text == null || text.isBlank()) {
            throw new RejectedInputException(field, "input.required");
        }
        return optional(field, text, max);
    }

    /** The text trimmed (empty when missing); refused on {@code field} when longer than {@code max}. */
    public static String optional(String field, @Nullable String text, int max) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.length() > max) {
            throw new RejectedInputException(field, "input.too-long", max);
        }
        return trimmed;
    }

    /** The text trimmed, or null when blank; refused when longer than {@code max}. */
    public static @Nullable String optionalOrNull(String field, @Nullable String text, int max) {
        String trimmed = optional(field, text, max);
        return trimmed.isEmpty() ? null : trimmed;
    }
}
