package app.ponte.report;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One stored report read back from its snapshot, with the team's note (words as written) when it was sent early. */
public record StoredReport(long id, ReportContent content, Instant generatedAt, @Nullable Instant sentAt,
        @Nullable String note) {
}
