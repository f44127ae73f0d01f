package app.ponte.oncall;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rota's arithmetic: whose week it is across hand-overs and daylight-saving changes, overrides, gaps ahead. */
class OnCallTest {

    static final long ANA = 1;
    static final long BEN = 2;
    static final long CAI = 3;
    static final long DORA = 4;
    static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /** Mondays 09:00; Ana's week is the one of Monday 2 March 2026. */
    static RotaSchedule rota(ZoneId zone, Long... people) {
        return new RotaSchedule(List.of(people), DayOfWeek.MONDAY, LocalTime.of(9, 0), zone, LocalDate.of(2026, 3, 4));
    }

    @Test
    void each_person_takes_a_week_in_turn_and_the_week_changes_hands_at_the_hand_over_hour() {
        RotaSchedule rota = rota(SAO_PAULO, ANA, BEN, CAI);
        // São Paulo keeps UTC-3 all year: Monday 09:00 there is 12:00 UTC.
        assertThat(rota.personAt(Instant.parse("2026-03-02T12:00:00Z"))).contains(ANA);
        assertThat(rota.personAt(Instant.parse("2026-03-09T11:59:59Z"))).contains(ANA);
        assertThat(rota.personAt(Instant.parse("2026-03-09T12:00:00Z"))).contains(BEN);
        assertThat(rota.personAt(Instant.parse("2026-03-18T03:00:00Z"))).contains(CAI);
        assertThat(rota.personAt(Instant.parse("2026-03-23T12:00:00Z"))).contains(ANA);
        // Before the first week the turns run backwards in the same order.
        assertThat(rota.personAt(Instant.parse("2026-03-01T12:00:00Z"))).contains(CAI);
        assertThat(rota.nextPersonAfter(Instant.parse("2026-03-04T00:00:00Z"))).contains(BEN);
    }

    @Test
    void in_new_york_the_hand_over_follows_the_local_clock_across_daylight_saving() {
        RotaSchedule rota = rota(NEW_YORK, ANA, BEN);
        // Clocks go forward on Sunday 8 March 2026: 09:00 is 14:00 UTC before, 13:00 UTC after.
        Instant beforeChange = Instant.parse("2026-03-02T14:00:00Z");
        assertThat(rota.weekStart(Instant.parse("2026-03-05T00:00:00Z"))).isEqualTo(beforeChange);
        Instant handOver = rota.nextHandOver(beforeChange);
        assertThat(handOver).isEqualTo(Instant.parse("2026-03-09T13:00:00Z"));
        assertThat(Duration.between(beforeChange, handOver)).isEqualTo(Duration.ofHours(167));
        assertThat(rota.personAt(Instant.parse("2026-03-09T13:30:00Z"))).as("09:30 New York time").contains(BEN);
        // And back on Sunday 1 November 2026: the week is an hour longer.
        Instant lastSummerHandOver = Instant.parse("2026-10-26T13:00:00Z");
        assertThat(rota.nextHandOver(lastSummerHandOver)).isEqualTo(Instant.parse("2026-11-02T14:00:00Z"));
        assertThat(rota.personAt(Instant.parse("2026-11-02T13:30:00Z"))).as("08:30 New York time")
                .isEqualTo(rota.personAt(lastSummerHandOver));
    }

    @Test
    void an_override_wins_over_the_rota_and_the_most_recent_override_wins_over_an_older_one() {
        var holiday = new OnCallSchedule.Span(10, DORA, Instant.parse("2026-03-11T00:00:00Z"),
                Instant.parse("2026-03-13T00:00:00Z"));
        var swap = new OnCallSchedule.Span(11, CAI, Instant.parse("2026-03-12T00:00:00Z"),
                Instant.parse("2026-03-12T12:00:00Z"));
        var schedule = new OnCallSchedule(rota(SAO_PAULO, ANA, BEN), List.of(holiday, swap));

        OnCallSchedule.Cover wednesday = schedule.at(Instant.parse("2026-03-11T10:00:00Z"));
        assertThat(wednesday.personId()).contains(DORA);
        assertThat(wednesday.override()).isEqualTo(holiday);
        assertThat(wednesday.until()).isEqualTo(swap.startsAt());
        assertThat(schedule.at(Instant.parse("2026-03-12T06:00:00Z")).personId()).contains(CAI);
        assertThat(schedule.at(Instant.parse("2026-03-12T18:00:00Z")).personId()).contains(DORA);
        OnCallSchedule.Cover friday = schedule.at(Instant.parse("2026-03-13T10:00:00Z"));
        assertThat(friday.personId()).contains(BEN);
        assertThat(friday.override()).isNull();
        assertThat(friday.until()).isEqualTo(Instant.parse("2026-03-16T12:00:00Z"));
    }

    @Test
    void the_next_hand_overs_list_each_change_of_person_with_overrides_in_between() {
        var holiday = new OnCallSchedule.Span(10, DORA, Instant.parse("2026-03-11T00:00:00Z"),
                Instant.parse("2026-03-13T00:00:00Z"));
        var schedule = new OnCallSchedule(rota(SAO_PAULO, ANA, BEN), List.of(holiday));

        assertThat(schedule.handOvers(Instant.parse("2026-03-10T00:00:00Z"), 4)).containsExactly(
                new OnCallSchedule.HandOver(Instant.parse("2026-03-11T00:00:00Z"), Optional.of(DORA)),
                new OnCallSchedule.HandOver(Instant.parse("2026-03-13T00:00:00Z"), Optional.of(BEN)),
                new OnCallSchedule.HandOver(Instant.parse("2026-03-16T12:00:00Z"), Optional.of(ANA)),
                new OnCallSchedule.HandOver(Instant.parse("2026-03-23T12:00:00Z"), Optional.of(BEN)));
    }

    @Test
    void an_empty_rota_is_a_gap_and_nobody_is_on_call() {
        var schedule = new OnCallSchedule(rota(SAO_PAULO), List.of());
        Instant now = Instant.parse("2026-03-10T00:00:00Z");

        assertThat(schedule.at(now).personId()).isEmpty();
        assertThat(schedule.gaps(now, id -> true)).extracting(OnCallSchedule.Gap::kind)
                .containsExactly(GapKind.EMPTY_ROTA);
        assertThat(new OnCallSchedule(null, List.of()).gaps(now, id -> true)).hasSize(1);
    }

    @Test
    void a_rota_person_who_left_the_team_is_a_gap_in_their_weeks_unless_an_override_covers_them() {
        Set<Long> team = Set.of(ANA, CAI);
        Instant now = Instant.parse("2026-03-04T00:00:00Z");
        var uncovered = new OnCallSchedule(rota(SAO_PAULO, ANA, BEN), List.of());

        List<OnCallSchedule.Gap> gaps = uncovered.gaps(now, team::contains);
        assertThat(gaps).extracting(OnCallSchedule.Gap::kind).containsOnly(GapKind.ROTA_PERSON_GONE);
        assertThat(gaps).extracting(OnCallSchedule.Gap::from).containsExactly(
                Instant.parse("2026-03-09T12:00:00Z"), Instant.parse("2026-03-23T12:00:00Z"));
        assertThat(gaps).extracting(OnCallSchedule.Gap::key).doesNotHaveDuplicates();

        var partly = new OnCallSchedule(rota(SAO_PAULO, ANA, BEN), List.of(new OnCallSchedule.Span(1, CAI,
                Instant.parse("2026-03-09T12:00:00Z"), Instant.parse("2026-03-12T12:00:00Z"))));
        assertThat(partly.gaps(now, team::contains)).first().extracting(OnCallSchedule.Gap::from)
                .isEqualTo(Instant.parse("2026-03-12T12:00:00Z"));

        var covered = new OnCallSchedule(rota(SAO_PAULO, ANA, BEN), List.of(
                new OnCallSchedule.Span(1, CAI, Instant.parse("2026-03-09T12:00:00Z"),
                        Instant.parse("2026-03-16T12:00:00Z")),
                new OnCallSchedule.Span(2, ANA, Instant.parse("2026-03-23T12:00:00Z"),
                        Instant.parse("2026-03-30T12:00:00Z"))));
        assertThat(covered.gaps(now, team::contains)).isEmpty();
    }

    @Test
    void an_override_naming_somebody_off_the_team_is_a_gap() {
        var schedule = new OnCallSchedule(rota(SAO_PAULO, ANA), List.of(new OnCallSchedule.Span(7, DORA,
                Instant.parse("2026-03-11T00:00:00Z"), Instant.parse("2026-03-12T00:00:00Z"))));

        assertThat(schedule.gaps(Instant.parse("2026-03-10T00:00:00Z"), id -> id == ANA)).singleElement()
                .satisfies(gap -> {
                    assertThat(gap.kind()).isEqualTo(GapKind.OVERRIDE_PERSON_GONE);
                    assertThat(gap.personId()).isEqualTo(DORA);
                    assertThat(gap.key()).isEqualTo("override:7");
                });
    }

    @Test
    void gaps_beyond_four_weeks_are_not_warned_yet() {
        var schedule = new OnCallSchedule(rota(SAO_PAULO, ANA, ANA, ANA, ANA, ANA, BEN), List.of());

        assertThat(schedule.gaps(Instant.parse("2026-03-04T00:00:00Z"), id -> id == ANA)).isEmpty();
    }
}
