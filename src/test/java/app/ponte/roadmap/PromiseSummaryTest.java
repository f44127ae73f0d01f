package app.ponte.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a ledger adds up: on time, late by how much, open, broken. */
class PromiseSummaryTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    @Test
    void late_promises_are_counted_with_their_average_delay_and_open_and_broken_ones_apart() {
        var summary = PromiseSummary.of(List.of(delivered(0), delivered(4), delivered(10),
                promised(DAY.plusDays(5), DeliveryStatus.PLANNED), promised(DAY.minusDays(3), DeliveryStatus.PLANNED)),
                DAY);

        assertThat(summary).isEqualTo(new PromiseSummary(1, 2, 7.0, 1, 1));
    }

    @Test
    void an_empty_ledger_has_no_average_delay() {
        assertThat(PromiseSummary.of(List.of(), DAY)).isEqualTo(new PromiseSummary(0, 0, 0, 0, 0));
    }

    @Test
    void a_promise_of_a_cancelled_milestone_is_broken_even_before_its_date() {
        assertThat(promised(DAY.plusDays(30), DeliveryStatus.CANCELLED).state(DAY)).isEqualTo(PromiseState.BROKEN);
        assertThat(promised(DAY.minusDays(3), DeliveryStatus.PLANNED).daysLate(DAY)).isEqualTo(3);
    }

    @Test
    void a_promise_withdrawn_when_the_requests_left_its_milestone_is_broken_and_stops_counting_days() {
        var withdrawn = new PromiseFacts(DAY.minusDays(10), DAY.minusDays(10), null, DAY.minusDays(6),
                DeliveryStatus.PLANNED);
        var early = new PromiseFacts(DAY.plusDays(30), DAY.plusDays(30), null, DAY.minusDays(1), DeliveryStatus.PLANNED);

        assertThat(withdrawn.state(DAY)).isEqualTo(PromiseState.BROKEN);
        assertThat(withdrawn.daysLate(DAY)).isEqualTo(4);
        assertThat(early.state(DAY)).isEqualTo(PromiseState.BROKEN);
        assertThat(early.daysLate(DAY)).isZero();
    }

    /** Promised first for the day before DAY minus the delay, delivered on DAY. */
    private static PromiseFacts delivered(long daysLate) {
        LocalDate first = DAY.minusDays(daysLate);
        return new PromiseFacts(first, first, DAY, null, DeliveryStatus.DELIVERED);
    }

    private static PromiseFacts promised(LocalDate on, DeliveryStatus milestone) {
        return new PromiseFacts(on, on, null, null, milestone);
    }
}
