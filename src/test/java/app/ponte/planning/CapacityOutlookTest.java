package app.ponte.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The capacity block's weeks: the schedule's own rule, a fifth of the weekly days per working day, from a fixed day. */
class CapacityOutlookTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate WEDNESDAY = MONDAY.plusDays(2);

    @Test
    void the_first_week_counts_only_its_working_days_left_and_the_work_fills_the_weeks_in_order() {
        List<CapacityWeek> weeks = Schedule.weeklyLoad(new BigDecimal("18"), new BigDecimal("10"), WEDNESDAY, 4);

        assertThat(weeks).extracting(CapacityWeek::monday)
                .containsExactly(MONDAY, MONDAY.plusWeeks(1), MONDAY.plusWeeks(2), MONDAY.plusWeeks(3));
        // Wednesday to Friday: three of five working days of ten days a week.
        assertThat(weeks).extracting(CapacityWeek::available).extracting(BigDecimal::toPlainString)
                .containsExactly("6", "10", "10", "10");
        assertThat(weeks).extracting(CapacityWeek::committed).extracting(BigDecimal::toPlainString)
                .containsExactly("6", "10", "2", "0");
    }

    @Test
    void the_weeks_agree_with_the_schedules_own_finish_day() {
        BigDecimal work = new BigDecimal("12.5");
        BigDecimal capacity = new BigDecimal("2.5");
        LocalDate finish = Schedule.plan(List.of(new Schedule.Work(1, work, work)), capacity, MONDAY).get(1L)
                .finish();

        List<CapacityWeek> weeks = Schedule.weeklyLoad(work, capacity, MONDAY, 12);

        CapacityWeek last = weeks.stream().filter(w -> w.committed().signum() > 0).reduce((a, b) -> b).orElseThrow();
        assertThat(finish).isBetween(last.monday(), last.monday().plusDays(6));
        assertThat(weeks.stream().map(CapacityWeek::committed).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(work);
    }

    @Test
    void a_weekend_start_begins_with_the_next_week_full_and_no_capacity_commits_nothing() {
        List<CapacityWeek> fromSunday = Schedule.weeklyLoad(new BigDecimal("3"), new BigDecimal("5"),
                MONDAY.minusDays(1), 2);
        assertThat(fromSunday).extracting(CapacityWeek::monday).containsExactly(MONDAY, MONDAY.plusWeeks(1));
        assertThat(fromSunday.getFirst().available()).isEqualByComparingTo("5");
        assertThat(fromSunday.getFirst().committed()).isEqualByComparingTo("3");

        assertThat(Schedule.weeklyLoad(new BigDecimal("3"), BigDecimal.ZERO, MONDAY, 3))
                .allSatisfy(week -> assertThat(week.committed()).isEqualByComparingTo("0"));
    }
}
