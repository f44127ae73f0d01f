package app.ponte.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A promised date that slipped: moved later ({@code to} the new day) or withdrawn ({@code to} null, the
 * organisation's requests taken out of the milestone), with the reason the ledger recorded and when.
 */
public record PromiseSlip(String milestone, LocalDate from, @Nullable LocalDate to, String reason, Instant at) {
}
