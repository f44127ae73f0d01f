package app.ponte.feedback;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A form that cannot be answered (any more), said kindly: see {@link FeedbackProblem}. */
public class FeedbackLinkException extends RuntimeException {

    private final FeedbackProblem problem;
    private final @Nullable Instant answeredAt;

    FeedbackLinkException(FeedbackProblem problem, @Nullable Instant answeredAt) {
        super("Feedback form not answerable: " + problem);
        this.problem = problem;
        this.answeredAt = answeredAt;
    }

    public FeedbackProblem problem() {
        return problem;
    }

    /** When it was answered, for {@link FeedbackProblem#ANSWERED}. */
    public @Nullable Instant answeredAt() {
        return answeredAt;
    }
}
