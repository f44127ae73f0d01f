package app.ponte.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ponte.sla.WorkingTime.Period;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/**
 * Business-time arithmetic: properties over many generated calendars (a seeded random, so a failure repeats), and
 * the hard cases by name: daylight-saving changes in New York, Lisbon and São Paulo, holidays, filing outside
 * business hours, around-the-clock calendars, overnight and split days.
 */
class WorkingTimeTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
    static final List<ZoneId> ZONES = List.of(NEW_YORK, LISBON, SAO_PAULO, ZoneId.of("UTC"),
            ZoneId.of("Australia/Lord_Howe"), ZoneId.of("Asia/Kolkata"), ZoneId.of("Pacific/Chatham"));
    static final int CASES = 1500;

    // --- properties -------------------------------------------------------------------------------------------

    @Test
    void measuring_what_was_added_gives_back_the_business_time_and_no_earlier_instant_would() {
        Random random = new Random(16_001);
        for (int i = 0; i < CASES; i++) {
            WorkingTime calendar = randomCalendar(random);
            Instant from = randomInstant(random);
            Duration added = Duration.ofMinutes(1 + random.nextInt(60 * 80));
            Instant due = calendar.plus(from, added);

            assertThat(calendar.between(from, due)).as("case %d from %s + %s", i, from, added).isEqualTo(added);
            assertThat(calendar.between(from, due.minusSeconds(1))).as("case %d: first instant", i)
                    .isLessThan(added);
        }
    }

    @Test
    void measuring_from_inside_working_time_round_trips_too() {
        Random random = new Random(16_002);
        for (int i = 0; i < CASES; i++) {
            WorkingTime calendar = randomCalendar(random);
            // the instant one minute of business time in: inside a working period by construction
            Instant inside = calendar.plus(randomInstant(random), Duration.ofMinutes(1));
            Duration added = Duration.ofMinutes(1 + random.nextInt(60 * 200));

            assertThat(calendar.between(inside, calendar.plus(inside, added))).as("case %d", i).isEqualTo(added);
        }
    }

    @Test
    void business_time_between_three_instants_adds_up() {
        Random random = new Random(16_003);
        for (int i = 0; i < CASES; i++) {
            WorkingTime calendar = randomCalendar(random);
            Instant a = randomInstant(random);
            Instant b = a.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 20)));
            Instant c = b.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 20)));

            assertThat(calendar.between(a, b).plus(calendar.between(b, c))).as("case %d", i)
                    .isEqualTo(calendar.between(a, c));
        }
    }

    @Test
    void adding_in_two_steps_lands_where_adding_once_does() {
        Random random = new Random(16_004);
        for (int i = 0; i < CASES; i++) {
            WorkingTime calendar = randomCalendar(random);
            Instant from = randomInstant(random);
            Duration first = Duration.ofMinutes(1 + random.nextInt(60 * 30));
            Duration second = Duration.ofMinutes(1 + random.nextInt(60 * 30));

            assertThat(calendar.plus(calendar.plus(from, first), second)).as("case %d", i)
                    .isEqualTo(calendar.plus(from, first.plus(second)));
        }
    }

    @Test
    void results_do_not_depend_on_the_servers_time_zone() {
        TimeZone original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            List<Object> there = sampleResults();
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            List<Object> here = sampleResults();

            assertThat(here).isEqualTo(there);
        } finally {
            TimeZone.setDefault(original);
        }
    }

    private static List<Object> sampleResults() {
        Random random = new Random(16_005);
        List<Object> results = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            WorkingTime calendar = randomCalendar(random);
            Instant from = randomInstant(random);
            Instant due = calendar.plus(from, Duration.ofMinutes(1 + random.nextInt(6000)));
            results.add(due);
            results.add(calendar.between(from, due.plus(Duration.ofHours(random.nextInt(100)))));
        }
        return results;
    }

    // --- filed outside business hours, holidays ---------------------------------------------------------------

    @Test
    void a_question_filed_on_friday_evening_in_lisbon_with_four_hours_is_due_on_monday_at_half_past_twelve() {
        WorkingTime lisbon = weekdays(LISBON, Set.of(), Set.of(), hours(9, 18));
        Instant filed = at(LISBON, "2027-01-08T17:30");

        assertThat(lisbon.plus(filed, Duration.ofHours(4))).isEqualTo(at(LISBON, "2027-01-11T12:30"));
    }

    @Test
    void the_same_question_is_due_on_tuesday_when_that_monday_is_a_holiday() {
        WorkingTime lisbon = weekdays(LISBON, Set.of(LocalDate.parse("2027-01-11")), Set.of(), hours(9, 18));
        Instant filed = at(LISBON, "2027-01-08T17:30");

        assertThat(lisbon.plus(filed, Duration.ofHours(4))).isEqualTo(at(LISBON, "2027-01-12T12:30"));
        assertThat(lisbon.between(filed, at(LISBON, "2027-01-12T12:30"))).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void a_yearly_holiday_comes_back_every_year_and_counts_no_time() {
        WorkingTime calendar = weekdays(LISBON, Set.of(), Set.of(MonthDay.of(12, 25)), hours(9, 18));

        assertThat(calendar.isHoliday(LocalDate.parse("2029-12-25"))).isTrue();
        // Thursday 24 December 2026 17:00 + 2 h: one hour on Thursday, Christmas Friday off, the other on Monday
        assertThat(calendar.plus(at(LISBON, "2026-12-24T17:00"), Duration.ofHours(2)))
                .isEqualTo(at(LISBON, "2026-12-28T10:00"));
    }

    @Test
    void a_request_filed_on_a_weekend_starts_counting_on_monday_morning() {
        WorkingTime newYork = weekdays(NEW_YORK, Set.of(), Set.of(), hours(9, 18));

        assertThat(newYork.plus(at(NEW_YORK, "2027-01-09T11:00"), Duration.ofMinutes(30)))
                .isEqualTo(at(NEW_YORK, "2027-01-11T09:30"));
        assertThat(newYork.between(at(NEW_YORK, "2027-01-09T11:00"), at(NEW_YORK, "2027-01-10T23:00")))
                .isZero();
    }

    // --- daylight saving --------------------------------------------------------------------------------------

    @Test
    void new_york_business_hours_across_the_spring_change_still_count_nine_hours_a_day() {
        WorkingTime newYork = weekdays(NEW_YORK, Set.of(), Set.of(), hours(9, 18));
        // Sunday 14 March 2027 is the second Sunday of March: EST to EDT
        Instant friday = at(NEW_YORK, "2027-03-12T17:00");
        Instant due = newYork.plus(friday, Duration.ofHours(2));

        assertThat(due).isEqualTo(Instant.parse("2027-03-15T14:00:00Z")); // Monday 10:00 EDT
        assertThat(newYork.between(at(NEW_YORK, "2027-03-15T09:00"), at(NEW_YORK, "2027-03-15T18:00")))
                .isEqualTo(Duration.ofHours(9));
    }

    @Test
    void new_york_business_hours_across_the_autumn_change_land_on_the_local_hour() {
        WorkingTime newYork = weekdays(NEW_YORK, Set.of(), Set.of(), hours(9, 18));
        // Sunday 7 November 2027 is the first Sunday of November: EDT to EST
        assertThat(newYork.plus(at(NEW_YORK, "2027-11-05T17:00"), Duration.ofHours(2)))
                .isEqualTo(Instant.parse("2027-11-08T15:00:00Z")); // Monday 10:00 EST
    }

    @Test
    void night_hours_over_new_yorks_changes_count_the_time_that_really_passed() {
        WorkingTime nights = everyDay(NEW_YORK, hours(1, 4));

        assertThat(nights.between(at(NEW_YORK, "2027-03-14T00:00"), at(NEW_YORK, "2027-03-14T12:00")))
                .isEqualTo(Duration.ofHours(2));
        assertThat(nights.between(at(NEW_YORK, "2027-11-07T00:00"), at(NEW_YORK, "2027-11-07T12:00")))
                .isEqualTo(Duration.ofHours(4));
    }

    @Test
    void periods_that_touch_the_spring_gap_never_count_the_same_hour_twice() {
        // 02:00-02:30 never happens on 14 March 2027 in New York; 03:00-04:00 does, once
        WorkingTime odd = everyDay(NEW_YORK, new Period(LocalTime.of(2, 0), LocalTime.of(2, 30)),
                hours(3, 4));

        assertThat(odd.between(at(NEW_YORK, "2027-03-14T00:00"), at(NEW_YORK, "2027-03-14T12:00")))
                .isEqualTo(Duration.ofHours(1));
        assertThat(odd.plus(at(NEW_YORK, "2027-03-14T00:00"), Duration.ofMinutes(30)))
                .isEqualTo(Instant.parse("2027-03-14T07:30:00Z")); // 03:30 EDT
    }

    @Test
    void lisbon_business_hours_across_the_last_sundays_of_march_and_october() {
        WorkingTime lisbon = weekdays(LISBON, Set.of(), Set.of(), hours(9, 18));

        assertThat(lisbon.plus(at(LISBON, "2027-03-26T17:00"), Duration.ofHours(2)))
                .isEqualTo(Instant.parse("2027-03-29T09:00:00Z")); // Monday 10:00 WEST
        assertThat(lisbon.plus(at(LISBON, "2027-10-29T17:00"), Duration.ofHours(2)))
                .isEqualTo(Instant.parse("2027-11-01T10:00:00Z")); // Monday 10:00 WET
    }

    @Test
    void around_the_clock_counts_real_elapsed_time_across_a_change() {
        WorkingTime lisbon = WorkingTime.aroundTheClock(LISBON);
        WorkingTime newYork = WorkingTime.aroundTheClock(NEW_YORK);

        assertThat(lisbon.between(at(LISBON, "2027-03-27T12:00"), at(LISBON, "2027-03-28T12:00")))
                .isEqualTo(Duration.ofHours(23));
        assertThat(lisbon.between(at(LISBON, "2027-10-30T12:00"), at(LISBON, "2027-10-31T12:00")))
                .isEqualTo(Duration.ofHours(25));
        Instant saturdayNoon = at(NEW_YORK, "2027-03-13T12:00");
        assertThat(newYork.plus(saturdayNoon, Duration.ofHours(24))).isEqualTo(saturdayNoon.plus(Duration.ofHours(24)));
        assertThat(newYork.plus(saturdayNoon, Duration.ofHours(24))).isEqualTo(at(NEW_YORK, "2027-03-14T13:00"));
    }

    @Test
    void sao_paulo_had_no_midnight_on_the_fourth_of_november_2018() {
        WorkingTime allWeek = WorkingTime.aroundTheClock(SAO_PAULO);
        WorkingTime earlySunday = everyDay(SAO_PAULO, hours(0, 2));

        // 00:00 -03:00 became 01:00 -02:00: the day had 23 hours and its first working hour never happened
        assertThat(allWeek.between(at(SAO_PAULO, "2018-11-03T12:00"), at(SAO_PAULO, "2018-11-04T12:00")))
                .isEqualTo(Duration.ofHours(23));
        assertThat(earlySunday.between(Instant.parse("2018-11-04T00:00:00Z"), Instant.parse("2018-11-05T00:00:00Z")))
                .isEqualTo(Duration.ofHours(1));
        assertThat(allWeek.plus(Instant.parse("2018-11-04T02:30:00Z"), Duration.ofHours(1)))
                .isEqualTo(Instant.parse("2018-11-04T03:30:00Z")); // 01:30 -02:00
    }

    @Test
    void sao_paulo_keeps_twenty_four_hour_days_since_2019() {
        WorkingTime allWeek = WorkingTime.aroundTheClock(SAO_PAULO);

        assertThat(allWeek.between(at(SAO_PAULO, "2027-11-06T12:00"), at(SAO_PAULO, "2027-11-07T12:00")))
                .isEqualTo(Duration.ofHours(24));
        assertThat(SAO_PAULO.getRules().getOffset(Instant.parse("2027-01-15T12:00:00Z")).getTotalSeconds())
                .isEqualTo(-3 * 3600);
    }

    // --- shapes of a day --------------------------------------------------------------------------------------

    @Test
    void a_split_day_skips_the_lunch_break() {
        WorkingTime split = weekdays(LISBON, Set.of(), Set.of(), hours(9, 12), hours(13, 18));

        assertThat(split.plus(at(LISBON, "2027-01-11T11:00"), Duration.ofHours(2)))
                .isEqualTo(at(LISBON, "2027-01-11T14:00"));
        assertThat(split.between(at(LISBON, "2027-01-11T11:30"), at(LISBON, "2027-01-11T13:30")))
                .isEqualTo(Duration.ofHours(1));
        assertThat(split.between(at(LISBON, "2027-01-11T00:00"), at(LISBON, "2027-01-12T00:00")))
                .isEqualTo(Duration.ofHours(8));
    }

    @Test
    void an_overnight_shift_runs_from_one_day_into_the_next() {
        Map<DayOfWeek, List<Period>> week = new EnumMap<>(DayOfWeek.class);
        week.put(DayOfWeek.MONDAY, List.of(new Period(LocalTime.of(22, 0), null)));
        week.put(DayOfWeek.TUESDAY, List.of(new Period(LocalTime.MIDNIGHT, LocalTime.of(6, 0))));
        WorkingTime nights = new WorkingTime(LISBON, week, Set.of(), Set.of());

        assertThat(nights.plus(at(LISBON, "2027-01-11T21:00"), Duration.ofHours(3)))
                .isEqualTo(at(LISBON, "2027-01-12T01:00"));
        assertThat(nights.between(at(LISBON, "2027-01-11T23:00"), at(LISBON, "2027-01-12T07:00")))
                .isEqualTo(Duration.ofHours(7));
    }

    @Test
    void zero_business_time_is_the_moment_itself_even_outside_working_hours() {
        WorkingTime newYork = weekdays(NEW_YORK, Set.of(), Set.of(), hours(9, 18));
        Instant sunday = at(NEW_YORK, "2027-01-10T03:00");

        assertThat(newYork.plus(sunday, Duration.ZERO)).isEqualTo(sunday);
        assertThat(newYork.between(sunday, sunday.minusSeconds(60))).isZero();
    }

    @Test
    void a_calendar_without_working_time_says_so_and_never_reaches_a_target() {
        WorkingTime never = new WorkingTime(LISBON, Map.of(), Set.of(), Set.of());

        assertThat(never.hasWorkingTime()).isFalse();
        assertThatThrownBy(() -> never.plus(at(LISBON, "2027-01-11T10:00"), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void overlapping_or_inverted_periods_are_no_calendar() {
        assertThatThrownBy(() -> weekdays(LISBON, Set.of(), Set.of(), hours(9, 13), hours(12, 18)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Period(LocalTime.of(18, 0), LocalTime.of(9, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    static Period hours(int start, int end) {
        return new Period(LocalTime.of(start, 0), end == 24 ? null : LocalTime.of(end, 0));
    }

    static Instant at(ZoneId zone, String localDateTime) {
        return ZonedDateTime.of(LocalDateTime.parse(localDateTime), zone).toInstant();
    }

    static WorkingTime weekdays(ZoneId zone, Set<LocalDate> holidays, Set<MonthDay> yearly, Period... periods) {
        Map<DayOfWeek, List<Period>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            week.put(day, List.of(periods));
        }
        return new WorkingTime(zone, week, holidays, yearly);
    }

    static WorkingTime everyDay(ZoneId zone, Period... periods) {
        Map<DayOfWeek, List<Period>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, List.of(periods));
        }
        return new WorkingTime(zone, week, Set.of(), Set.of());
    }

    /**
     * A calendar in one of several zones (with and without daylight saving, half-hour and 45-minute offsets),
     * one to three periods on some weekdays on a quarter-hour grid (some until midnight, some in the night hours
     * clocks skip or repeat), and a few holidays.
     */
    static WorkingTime randomCalendar(Random random) {
        ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
        Map<DayOfWeek, List<Period>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (random.nextInt(4) == 0) {
                continue;
            }
            int count = 1 + random.nextInt(3);
            Set<Integer> marks = new HashSet<>();
            while (marks.size() < count * 2) {
                marks.add(random.nextInt(24 * 4 + 1));
            }
            List<Integer> sorted = marks.stream().sorted().toList();
            List<Period> periods = new ArrayList<>();
            for (int i = 0; i < sorted.size(); i += 2) {
                int end = sorted.get(i + 1);
                periods.add(new Period(quarter(sorted.get(i)), end == 96 ? null : quarter(end)));
            }
            week.put(day, periods);
        }
        if (week.isEmpty()) {
            week.put(DayOfWeek.WEDNESDAY, List.of(hours(9, 17)));
        }
        Set<LocalDate> holidays = new HashSet<>();
        Set<MonthDay> yearly = new HashSet<>();
        for (int i = random.nextInt(8); i > 0; i--) {
            LocalDate day = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(3 * 365));
            if (random.nextBoolean()) {
                holidays.add(day);
            } else {
                yearly.add(MonthDay.from(day));
            }
        }
        return new WorkingTime(zone, week, holidays, yearly);
    }

    private static LocalTime quarter(int quarters) {
        return LocalTime.of(quarters / 4, quarters % 4 * 15);
    }

    /** An instant in 2026-2028 to the second, often near a daylight-saving change. */
    static Instant randomInstant(Random random) {
        if (random.nextInt(3) == 0) {
            List<String> changes = List.of("2027-03-14T07:00:00Z", "2027-11-07T06:00:00Z", "2027-03-28T01:00:00Z",
                    "2027-10-31T01:00:00Z", "2027-04-04T15:00:00Z", "2027-09-26T14:00:00Z");
            return Instant.parse(changes.get(random.nextInt(changes.size())))
                    .plusSeconds(random.nextInt(4 * 86_400) - 2 * 86_400);
        }
        return Instant.parse("2026-01-01T00:00:00Z").plusSeconds(random.nextLong(3L * 365 * 86_400));
    }
}
