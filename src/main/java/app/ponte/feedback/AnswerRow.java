package app.ponte.feedback;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One answer as the results list it: whose organisation, about what (a request's title, or the survey), the score,
 * whether it was resolved, the comment.
 */
public record AnswerRow(long formId, long organisationId, String organisationName, FeedbackKind kind,
        @Nullable Long requestId, @Nullable String title, int score, @Nullable Boolean resolved,
        @Nullable String comment, Instant answeredAt) {
}
