package app.ponte.base;

import org.jspecify.annotations.Nullable;

/**
 * Why somebody did something others will read (a re-ranking, a changed date, a cancelled initiative, an
 * accepted risk): trimmed, and never longer than {@link #MAX} characters, the width of every reason column.
 */
public record Reason(String text) {

    public static final int MAX = 1000;

    public Reason {
        text = text.strip();
        if (text.length() > MAX) {
            throw new RejectedInputException("reason", "input.reason-too-long", MAX);
        }
    }

    /** A reason the change cannot go without: refused with {@code missingKey}, which says who reads it. */
    public static Reason required(@Nullable String raw, String missingKey) {
        return required("reason", raw, missingKey);
    }

    /** The same, for a reason typed into a field of another name (a note, a decision). */
    public static Reason required(String field, @Nullable String raw, String missingKey) {
        Reason reason = optional(field, raw);
        if (reason.isEmpty()) {
            throw new RejectedInputException(field, missingKey);
        }
        return reason;
    }

    /** A reason that may be left empty (the empty reason then). */
    public static Reason optional(@Nullable String raw) {
        return optional("reason", raw);
    }

    public static Reason optional(String field, @Nullable String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.length() > MAX) {
            throw new RejectedInputException(field, "input.reason-too-long", MAX);
        }
        return new Reason(text);
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    @Override
    public String toString() {
        return text;
    }
}
