package app.ponte.report;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A stored report as the list reads it: everything but its (large) content. */
record ReportRow(long id, long organisationId, ReportPeriodKind periodKind, LocalDate periodFrom, LocalDate periodTo,
        Instant generatedAt, @Nullable Instant sentAt, @Nullable Long generatedBy) {

    ReportPeriod period() {
        return new ReportPeriod(periodKind, periodFrom, periodTo);
    }
}
