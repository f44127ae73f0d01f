package app.ponte.feedback;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A feedback form waiting for its recipient's answer, as the dashboard lists it: a delivery's rating (the request it
 * rates, answered on the request's page) or the relationship survey (answered on the Satisfaction page), and the
 * moment its link expires.
 */
public record WaitingForm(long id, FeedbackKind kind, @Nullable Long requestId, @Nullable String title,
        Instant expiresAt) {
}
