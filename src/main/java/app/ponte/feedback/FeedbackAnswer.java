package app.ponte.feedback;

import app.ponte.base.RejectedInputException;
import app.ponte.base.TextRules;
import org.jspecify.annotations.Nullable;

/**
 * What somebody answers on a form: the score (1–5 for a delivery, 0–10 for a survey), an optional comment and,
 * for a delivery, whether the problem was resolved.
 */
public record FeedbackAnswer(@Nullable Integer score, @Nullable String comment, @Nullable Boolean resolved) {

    public static final int COMMENT_MAX = 2000;

    /** The answer checked for a form of this kind: refused on the field it concerns, comment trimmed. */
    FeedbackAnswer checkedFor(FeedbackKind kind) {
        if (score == null) {
            throw new RejectedInputException("score", "feedback.error.score-required");
        }
        if (score < kind.lowest() || score > kind.highest()) {
            throw new RejectedInputException("score", "feedback.error.score-range", kind.lowest(), kind.highest());
        }
        if (kind == FeedbackKind.DELIVERY && resolved == null) {
            throw new RejectedInputException("resolved", "feedback.error.resolved-required");
        }
        return new FeedbackAnswer(score, TextRules.optionalOrNull("comment", comment, COMMENT_MAX),
                kind == FeedbackKind.DELIVERY ? resolved : null);
    }
}
