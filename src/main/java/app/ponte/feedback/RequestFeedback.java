package app.ponte.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The feedback part of a request page: for its requester the form to answer (or the thanks for an answer given);
 * for the team the answers given about it.
 *
 * @param form the caller's own form that can still be answered
 * @param answeredAt when the caller answered the request's newest form
 */
public record RequestFeedback(Optional<FeedbackPreview> form, @Nullable Instant answeredAt, List<AnswerRow> answers) {

    public boolean isEmpty() {
        return form.isEmpty() && answeredAt == null && answers.isEmpty();
    }
}
