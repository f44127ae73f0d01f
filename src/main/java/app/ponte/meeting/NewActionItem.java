package app.ponte.meeting;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What the team types for a new action item: the text, its owner's account, the due day, a linked request if any. */
public record NewActionItem(@Nullable String text, @Nullable Long ownerId, @Nullable LocalDate due,
        @Nullable Long requestId) {
}
