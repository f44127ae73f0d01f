package app.ponte.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The calendar arithmetic behind planned dates, slips and capacity conflicts. */
class ScheduleTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @Test
    void a_team_of_five_days_a_week_does_a_day_of_work_per_working_day_in_rank_order() {
        Map<Long, Schedule.Slot> slots = Schedule.plan(List.of(work(1, "3", "5"), work(2, "4", "6")),
                new BigDecimal("5"), MONDAY);

        assertThat(slots.get(1L)).isEqualTo(new Schedule.Slot(MONDAY, MONDAY.plusDays(2), MONDAY.plusDays(4)));
        // Seven days of work end on the next Tuesday; the pessimistic eleven on the Monday after.
        assertThat(slots.get(2L)).isEqualTo(new Schedule.Slot(MONDAY.plusDays(3), MONDAY.plusDays(8),
                MONDAY.plusDays(14)));
    }

    @Test
    void half_the_capacity_takes_twice_as_many_working_days_and_weekends_do_not_count() {
        Map<Long, Schedule.Slot> slots = Schedule.plan(List.of(work(1, "3", "3")), new BigDecimal("2.5"),
                MONDAY.minusDays(1));

        assertThat(slots.get(1L).start()).isEqualTo(MONDAY);
        assertThat(slots.get(1L).finish()).isEqualTo(MONDAY.plusDays(7));
    }

    @Test
    void without_capacity_nothing_gets_a_date() {
        assertThat(Schedule.plan(List.of(work(1, "1", "2")), BigDecimal.ZERO, MONDAY)).isEmpty();
    }

    @Test
    void points_reward_reach_impact_and_small_effort() {
        assertThat(ScorePoints.reach(1)).isEqualTo(2);
        assertThat(ScorePoints.reach(9)).isEqualTo(10);
        assertThat(ScorePoints.impact(null)).isEqualTo(6);
        assertThat(ScorePoints.impact(5)).isEqualTo(10);
        assertThat(ScorePoints.effort(null)).isEqualTo(5);
        assertThat(ScorePoints.effort(new BigDecimal("0.5"))).isEqualTo(10);
        assertThat(ScorePoints.effort(new BigDecimal("12"))).isEqualTo(2);
        assertThat(ScorePoints.effort(new BigDecimal("40"))).isEqualTo(1);
        assertThat(ScoreRecalculation.urgencyPoints(MONDAY.minusDays(3), MONDAY)).isEqualTo(10);
        assertThat(ScoreRecalculation.urgencyPoints(MONDAY.plusDays(30), MONDAY)).isEqualTo(8);
        assertThat(ScoreRecalculation.urgencyPoints(MONDAY.plusDays(400), MONDAY)).isEqualTo(1);
        assertThat(ScoreRecalculation.urgencyPoints(null, MONDAY)).isZero();
    }

    private static Schedule.Work work(long id, String likely, String pessimistic) {
        return new Schedule.Work(id, new BigDecimal(likely), new BigDecimal(pessimistic));
    }
}
