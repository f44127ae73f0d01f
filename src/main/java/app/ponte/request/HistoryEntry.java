package app.ponte.request;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of a request's history. */
public record HistoryEntry(String actorName, @Nullable RequestStatus fromStatus, RequestStatus toStatus,
        @Nullable String note, Instant changedAt) {
}
