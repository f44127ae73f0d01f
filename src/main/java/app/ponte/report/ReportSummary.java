package app.ponte.report;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A stored report in a list: whose, which period, when it was generated and sent, and who sent it early ({@code
 * sentEarlyBy} null when the schedule did).
 */
public record ReportSummary(long id, long organisationId, String organisationName, ReportPeriod period,
        Instant generatedAt, @Nullable Instant sentAt, @Nullable String sentEarlyBy) {
}
