package app.ponte.roadmap;

import java.time.Instant;
import java.time.LocalDate;

/** A change of a promised date as the ledger shows it. */
public record PromiseChangeEntry(LocalDate oldDate, LocalDate newDate, String reason, String changedBy,
        Instant changedAt, boolean told) {
}
