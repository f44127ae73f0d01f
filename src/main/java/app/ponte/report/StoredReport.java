package app.ponte.report;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One stored report read back from its snapshot, with the team's note (words as written) when it was sent early;
 * {@code organisationName} is the snapshot's, or the organisation's current name where the snapshot has none.
 */
public record StoredReport(long id, String organisationName, ReportContent content, Instant generatedAt,
        @Nullable Instant sentAt, @Nullable String note) {
}
