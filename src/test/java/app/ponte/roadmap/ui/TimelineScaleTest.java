package app.ponte.roadmap.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.ponte.planning.Confidence;
import app.ponte.roadmap.DeliveryStatus;
import app.ponte.roadmap.InitiativeOverview;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the roadmap timeline puts months and days. */
class TimelineScaleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void the_window_starts_at_most_three_months_back_and_spans_at_least_six_months() {
        TimelineScale scale = TimelineScale.of(List.of(initiative(LocalDate.of(2025, 1, 10), TODAY.plusDays(20))),
                TODAY);
        assertThat(scale.first()).isEqualTo(YearMonth.of(2026, 8));
        assertThat(scale.last()).isEqualTo(YearMonth.of(2027, 1));
        assertThat(scale.months()).hasSize(6);
    }

    @Test
    void the_window_reaches_the_latest_end_but_never_beyond_two_years() {
        TimelineScale scale = TimelineScale.of(List.of(initiative(TODAY, LocalDate.of(2030, 1, 1))), TODAY);
        assertThat(scale.first()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(scale.months()).hasSize(24);
        assertThat(scale.at(LocalDate.of(2030, 1, 1))).isEqualTo(1.0);
    }

    @Test
    void days_fall_in_proportion_and_months_share_the_width() {
        TimelineScale scale = new TimelineScale(YearMonth.of(2026, 1), YearMonth.of(2026, 12));
        assertThat(scale.at(LocalDate.of(2026, 1, 1))).isZero();
        assertThat(scale.at(LocalDate.of(2026, 7, 2))).isCloseTo(182 / 365.0, within(1e-9));
        assertThat(scale.at(LocalDate.of(2025, 12, 1))).isZero();
        assertThat(scale.months().stream().mapToDouble(scale::width).sum()).isCloseTo(1.0, within(1e-9));
        assertThat(scale.span(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1))).isCloseTo(1 / 365.0, within(1e-9));
        assertThat(scale.shows(LocalDate.of(2027, 1, 1))).isFalse();
    }

    private static InitiativeOverview initiative(LocalDate starts, LocalDate ends) {
        return new InitiativeOverview(1, "Initiative", null, DeliveryStatus.PLANNED, false, Confidence.MEDIUM, starts, ends,
                List.of(), null, 0);
    }
}
