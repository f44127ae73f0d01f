package app.ponte.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a ledger adds up: on time, late by how much, open, broken. */
class PromiseSummaryTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    @Test
    void late_promises_are_counted_with_their_average_delay_and_open_and_broken_ones_apart() {
        var summary = PromiseSummary.of(List.of(entry(PromiseState.KEPT_ON_TIME, 0), entry(PromiseState.KEPT_LATE, 4),
                entry(PromiseState.KEPT_LATE, 10), entry(PromiseState.OPEN, 0), entry(PromiseState.BROKEN, 3)));

        assertThat(summary).isEqualTo(new PromiseSummary(1, 2, 7.0, 1, 1));
    }

    @Test
    void an_empty_ledger_has_no_average_delay() {
        assertThat(PromiseSummary.of(List.of())).isEqualTo(new PromiseSummary(0, 0, 0, 0, 0));
    }

    private static PromiseEntry entry(PromiseState state, long daysLate) {
        return new PromiseEntry(1, "Initiative", "Milestone", DAY, DAY, Instant.EPOCH, null, state, daysLate,
                List.of());
    }
}
