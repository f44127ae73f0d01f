package app.ponte.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A clock's running time: counted on its calendar from its start, pauses skipped, the same for every reader. */
class ClockTimelineTest {

    static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    // Friday 2027-03-05; the Monday after is 2027-03-08.
    static final LocalDate FRIDAY = LocalDate.of(2027, 3, 5);

    static WorkingTime lisbonHours(Set<LocalDate> holidays) {
        Map<DayOfWeek, List<WorkingTime.Period>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            week.put(day, List.of(new WorkingTime.Period(LocalTime.of(9, 0), LocalTime.of(18, 0))));
        }
        return new WorkingTime(LISBON, week, holidays, Set.<MonthDay>of());
    }

    static Instant lisbon(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day, LocalTime.of(hour, minute), LISBON).toInstant();
    }

    @Test
    void four_business_hours_from_friday_1730_are_due_monday_1230_and_at_risk_at_1130() {
        var timeline = new ClockTimeline(lisbon(FRIDAY, 17, 30), List.of(), lisbon(FRIDAY, 17, 30));

        ClockTimeline.Due due = timeline.due(Duration.ofHours(4), lisbonHours(Set.of()));

        assertThat(due.dueAt()).isEqualTo(lisbon(FRIDAY.plusDays(3), 12, 30));
        assertThat(due.atRiskAt()).isEqualTo(lisbon(FRIDAY.plusDays(3), 11, 30));
    }

    @Test
    void a_monday_holiday_moves_the_due_time_to_tuesday_1230() {
        var timeline = new ClockTimeline(lisbon(FRIDAY, 17, 30), List.of(), lisbon(FRIDAY, 17, 30));

        ClockTimeline.Due due = timeline.due(Duration.ofHours(4), lisbonHours(Set.of(FRIDAY.plusDays(3))));

        assertThat(due.dueAt()).isEqualTo(lisbon(FRIDAY.plusDays(4), 12, 30));
    }

    @Test
    void a_closed_pause_moves_the_due_time_by_exactly_its_business_time() {
        WorkingTime hours = lisbonHours(Set.of());
        Instant start = lisbon(FRIDAY.plusDays(3), 10, 0);
        var pause = new ClockTimeline.Pause(lisbon(FRIDAY.plusDays(3), 11, 0), lisbon(FRIDAY.plusDays(4), 10, 0));
        Instant without = new ClockTimeline(start, List.of(), start).plus(Duration.ofHours(4), hours);

        Instant with = new ClockTimeline(start, List.of(pause), start).plus(Duration.ofHours(4), hours);

        assertThat(with).isEqualTo(lisbon(FRIDAY.plusDays(4), 13, 0));
        assertThat(hours.between(without, with)).isEqualTo(hours.between(pause.from(), pause.until()));
    }

    @Test
    void a_pause_across_a_weekend_counts_nothing_of_the_weekend_or_the_pause() {
        WorkingTime hours = lisbonHours(Set.of());
        Instant start = lisbon(FRIDAY, 16, 0);
        var pause = new ClockTimeline.Pause(lisbon(FRIDAY, 17, 0), lisbon(FRIDAY.plusDays(3), 10, 0));
        var timeline = new ClockTimeline(start, List.of(pause), start);

        assertThat(timeline.plus(Duration.ofHours(4), hours)).isEqualTo(lisbon(FRIDAY.plusDays(3), 13, 0));
        assertThat(timeline.elapsed(lisbon(FRIDAY.plusDays(3), 12, 0), hours)).isEqualTo(Duration.ofHours(3));
        assertThat(timeline.pausedBefore(lisbon(FRIDAY.plusDays(3), 12, 0)))
                .isEqualTo(Duration.between(pause.from(), pause.until()));
    }

    @Test
    void an_open_pause_ends_as_of_the_moment_asked_so_the_due_time_is_the_one_if_answered_then() {
        WorkingTime hours = lisbonHours(Set.of());
        Instant start = lisbon(FRIDAY.plusDays(3), 9, 0);
        var waiting = new ClockTimeline.Pause(lisbon(FRIDAY.plusDays(3), 10, 0), null);

        Instant atPausing = new ClockTimeline(start, List.of(waiting), waiting.from())
                .plus(Duration.ofHours(4), hours);
        Instant answeredAt14 = new ClockTimeline(start, List.of(waiting), lisbon(FRIDAY.plusDays(3), 14, 0))
                .plus(Duration.ofHours(4), hours);

        assertThat(atPausing).as("as before the pause").isEqualTo(lisbon(FRIDAY.plusDays(3), 13, 0));
        assertThat(answeredAt14).as("3 hours left from 14:00").isEqualTo(lisbon(FRIDAY.plusDays(3), 17, 0));
    }

    @Test
    void a_target_used_up_before_a_pause_is_due_before_it_whatever_the_pause() {
        WorkingTime hours = lisbonHours(Set.of());
        Instant start = lisbon(FRIDAY.plusDays(3), 9, 0);
        var late = new ClockTimeline.Pause(lisbon(FRIDAY.plusDays(3), 15, 0), lisbon(FRIDAY.plusDays(4), 9, 0));

        assertThat(new ClockTimeline(start, List.of(late), start).plus(Duration.ofHours(4), hours))
                .isEqualTo(lisbon(FRIDAY.plusDays(3), 13, 0));
    }

    @Test
    void around_the_clock_counts_real_elapsed_time_across_lisbons_daylight_saving_change() {
        WorkingTime always = WorkingTime.aroundTheClock(LISBON);
        // Sunday 2027-03-28 01:00 Lisbon the clocks jump to 02:00: 4 h later is 05:30 local, not 04:30.
        Instant start = ZonedDateTime.of(LocalDate.of(2027, 3, 28), LocalTime.of(0, 30), LISBON).toInstant();

        Instant due = new ClockTimeline(start, List.of(), start).plus(Duration.ofHours(4), always);

        assertThat(due).isEqualTo(start.plus(Duration.ofHours(4)));
        assertThat(due.atZone(LISBON).toLocalTime()).isEqualTo(LocalTime.of(5, 30));
    }

    @Test
    void pauses_never_count_whatever_they_are_and_the_due_time_measures_back_to_the_target() {
        WorkingTime hours = lisbonHours(Set.of(FRIDAY.plusDays(3)));
        java.util.Random random = new java.util.Random(16_016);
        for (int run = 0; run < 300; run++) {
            Instant start = lisbon(FRIDAY, 0, 0).plus(Duration.ofMinutes(random.nextInt(14 * 24 * 60)));
            List<ClockTimeline.Pause> pauses = new java.util.ArrayList<>();
            Instant cursor = start;
            for (int p = random.nextInt(4); p > 0; p--) {
                Instant from = cursor.plus(Duration.ofMinutes(random.nextInt(3 * 24 * 60)));
                Instant until = from.plus(Duration.ofMinutes(1 + random.nextInt(4 * 24 * 60)));
                pauses.add(new ClockTimeline.Pause(from, until));
                cursor = until;
            }
            Duration target = Duration.ofMinutes(1 + random.nextInt(40 * 60));
            var timeline = new ClockTimeline(start, pauses, start);

            Instant due = timeline.plus(target, hours);

            assertThat(timeline.elapsed(due, hours)).as("run %d: measured back", run).isEqualTo(target);
            Duration paused = Duration.ZERO;
            for (ClockTimeline.Pause pause : pauses) {
                if (pause.from().isBefore(due)) {
                    paused = paused.plus(hours.between(pause.from(), pause.until().isBefore(due) ? pause.until() : due));
                }
            }
            assertThat(hours.between(start, due)).as("run %d: the business time paused is added, no more", run)
                    .isEqualTo(target.plus(paused));
        }
    }
}
