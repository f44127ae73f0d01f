package app.ponte.roadmap;

import app.ponte.planning.Confidence;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What the team types for an initiative. */
public record InitiativeDraft(String title, @Nullable String summary, boolean publicItem,
        @Nullable Confidence confidence, @Nullable LocalDate endsOn) {
}
