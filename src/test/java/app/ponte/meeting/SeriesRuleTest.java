package app.ponte.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.organisation.ReviewCadence;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeriesRuleTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
    static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");

    private static List<LocalDateTime> in(ZoneId zone, List<Instant> starts) {
        return starts.stream().map(start -> LocalDateTime.ofInstant(start, zone)).toList();
    }

    private static Instant at(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    @Test
    void a_weekly_tuesday_review_at_ten_in_new_york_is_noon_in_sao_paulo_in_december_and_eleven_in_july() {
        var rule = new SeriesRule(ReviewCadence.WEEKLY, DayOfWeek.TUESDAY, null, LocalTime.of(10, 0), NEW_YORK,
                LocalDate.of(2026, 1, 1));

        List<Instant> december = rule.occurrences(at("2026-12-01T00:00", NEW_YORK), at("2026-12-16T00:00", NEW_YORK));
        List<Instant> july = rule.occurrences(at("2026-07-01T00:00", NEW_YORK), at("2026-07-15T00:00", NEW_YORK));

        assertThat(in(NEW_YORK, december)).containsExactly(LocalDateTime.parse("2026-12-01T10:00"),
                LocalDateTime.parse("2026-12-08T10:00"), LocalDateTime.parse("2026-12-15T10:00"));
        assertThat(in(SAO_PAULO, december)).allSatisfy(t -> assertThat(t.toLocalTime()).isEqualTo(LocalTime.NOON));
        assertThat(in(SAO_PAULO, july)).hasSize(2)
                .allSatisfy(t -> assertThat(t.toLocalTime()).isEqualTo(LocalTime.of(11, 0)));
    }

    @Test
    void the_local_hour_holds_across_the_daylight_saving_change() {
        var rule = new SeriesRule(ReviewCadence.WEEKLY, DayOfWeek.SUNDAY, null, LocalTime.of(10, 0), NEW_YORK,
                LocalDate.of(2026, 1, 1));

        // 2026-03-08: New York springs forward at 02:00
        assertThat(in(NEW_YORK, rule.occurrences(at("2026-03-01T00:00", NEW_YORK), at("2026-03-16T00:00", NEW_YORK))))
                .extracting(LocalDateTime::toLocalTime).containsOnly(LocalTime.of(10, 0)).hasSize(3);
    }

    @Test
    void a_local_time_skipped_by_the_spring_gap_moves_forward_by_the_gap() {
        var rule = new SeriesRule(ReviewCadence.WEEKLY, DayOfWeek.SUNDAY, null, LocalTime.of(2, 30), NEW_YORK,
                LocalDate.of(2026, 3, 1));

        assertThat(rule.startOn(LocalDate.of(2026, 3, 8))).isEqualTo(
                ZonedDateTime.of(LocalDateTime.parse("2026-03-08T03:30"), NEW_YORK).toInstant());
    }

    @Test
    void the_first_thursday_of_each_month_in_lisbon() {
        var rule = new SeriesRule(ReviewCadence.MONTHLY, DayOfWeek.THURSDAY, 1, LocalTime.of(10, 0), LISBON,
                LocalDate.of(2026, 1, 1));

        assertThat(in(LISBON, rule.occurrences(at("2026-10-01T00:00", LISBON), at("2027-01-01T00:00", LISBON))))
                .containsExactly(LocalDateTime.parse("2026-10-01T10:00"), LocalDateTime.parse("2026-11-05T10:00"),
                        LocalDateTime.parse("2026-12-03T10:00"));
        // summer time (UTC+1) then winter time (UTC): the same local hour, a different instant
        assertThat(rule.startOn(LocalDate.of(2026, 10, 1))).isEqualTo(Instant.parse("2026-10-01T09:00:00Z"));
        assertThat(rule.startOn(LocalDate.of(2026, 11, 5))).isEqualTo(Instant.parse("2026-11-05T10:00:00Z"));
    }

    @Test
    void the_last_friday_of_the_month() {
        var rule = new SeriesRule(ReviewCadence.MONTHLY, DayOfWeek.FRIDAY, SeriesRule.LAST_WEEK, LocalTime.of(15, 0),
                SAO_PAULO, LocalDate.of(2026, 1, 1));

        assertThat(in(SAO_PAULO, rule.occurrences(at("2026-01-01T00:00", SAO_PAULO),
                at("2026-04-01T00:00", SAO_PAULO)))).extracting(LocalDateTime::toLocalDate)
                .containsExactly(LocalDate.of(2026, 1, 30), LocalDate.of(2026, 2, 27), LocalDate.of(2026, 3, 27));
    }

    @Test
    void every_two_weeks_counts_from_the_first_day() {
        var rule = new SeriesRule(ReviewCadence.BIWEEKLY, DayOfWeek.WEDNESDAY, null, LocalTime.of(14, 0), SAO_PAULO,
                LocalDate.of(2026, 11, 2));

        assertThat(in(SAO_PAULO, rule.occurrences(at("2026-11-10T00:00", SAO_PAULO),
                at("2026-12-20T00:00", SAO_PAULO)))).extracting(LocalDateTime::toLocalDate)
                .containsExactly(LocalDate.of(2026, 11, 18), LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 16));
    }

    @Test
    void quarterly_takes_every_third_month_from_the_first_day_and_never_before_it() {
        var rule = new SeriesRule(ReviewCadence.QUARTERLY, DayOfWeek.MONDAY, 2, LocalTime.of(9, 30), LISBON,
                LocalDate.of(2026, 2, 20));

        // February's second Monday (the 9th) lies before the first day: the first review is in May
        assertThat(in(LISBON, rule.occurrences(at("2026-01-01T00:00", LISBON), at("2027-01-01T00:00", LISBON))))
                .extracting(LocalDateTime::toLocalDate)
                .containsExactly(LocalDate.of(2026, 5, 11), LocalDate.of(2026, 8, 10), LocalDate.of(2026, 11, 9));
        assertThat(rule.next(at("2026-11-09T09:31", LISBON))).contains(at("2027-02-08T09:30", LISBON));
    }

    @Test
    void a_start_given_by_the_rule_is_its_own_next_start() {
        var rule = new SeriesRule(ReviewCadence.WEEKLY, DayOfWeek.TUESDAY, null, LocalTime.of(10, 0), NEW_YORK,
                LocalDate.of(2026, 1, 1));
        Instant start = at("2026-12-08T10:00", NEW_YORK);

        assertThat(rule.next(start)).contains(start);
        assertThat(rule.next(start.plusSeconds(1))).contains(at("2026-12-15T10:00", NEW_YORK));
    }
}
