package app.ponte.request;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A row of a request list. */
public record RequestSummary(long id, String title, RequestKind kind, RequestStatus status, String organisationName,
        String requesterName, @Nullable String assigneeName, @Nullable Priority priority, @Nullable Severity severity,
        Instant createdAt, Instant updatedAt) {
}
