package app.ponte.feedback;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A follow-up as the team's list shows it, with the answer that opened it. */
public record FollowUpRow(long id, long version, String organisationName, @Nullable String accountManagerName,
        FollowUpState state, Instant openedAt, FeedbackKind kind, @Nullable String title, int score,
        @Nullable String comment, @Nullable String note) {
}
