package app.ponte.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.sla.WorkingTime;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingHoursOverlapTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final Duration HOUR = Duration.ofHours(1);

    private static WorkingHoursOverlap newYorkWithSaoPauloTeam() {
        return new WorkingHoursOverlap(WorkingHoursOverlap.officeHours(NEW_YORK),
                WorkingHoursOverlap.officeHours(SAO_PAULO), NEW_YORK);
    }

    @Test
    void new_york_and_sao_paulo_share_nine_to_four_in_december_and_nine_to_five_in_july() {
        var overlap = newYorkWithSaoPauloTeam();

        // December: New York UTC-5, São Paulo UTC-3: São Paulo's 18:00 is 16:00 in New York
        assertThat(overlap.on(LocalDate.of(2026, 12, 8))).singleElement().satisfies(window -> {
            assertThat(window.startTime()).isEqualTo(LocalTime.of(9, 0));
            assertThat(window.endTime()).isEqualTo(LocalTime.of(16, 0));
        });
        // July: New York UTC-4: 17:00
        assertThat(overlap.on(LocalDate.of(2026, 7, 7))).singleElement()
                .satisfies(window -> assertThat(window.endTime()).isEqualTo(LocalTime.of(17, 0)));
    }

    @Test
    void the_proposed_hour_is_the_first_full_hour_that_holds_the_meeting() {
        var team = new WorkingTime(SAO_PAULO, Map.of(DayOfWeek.TUESDAY,
                List.of(new WorkingTime.Period(LocalTime.of(12, 30), LocalTime.of(18, 0)))), Set.of(), Set.of());
        var overlap = new WorkingHoursOverlap(WorkingHoursOverlap.officeHours(NEW_YORK), team, NEW_YORK);

        // 12:30 São Paulo is 10:30 New York in December: the first full hour is 11:00
        assertThat(overlap.proposedStart(LocalDate.of(2026, 12, 8), HOUR)).contains(LocalTime.of(11, 0));
        assertThat(overlap.fits(LocalDate.of(2026, 12, 8), LocalTime.of(10, 0), HOUR)).isFalse();
        assertThat(overlap.fits(LocalDate.of(2026, 12, 8), LocalTime.of(15, 0), HOUR)).isTrue();
        assertThat(overlap.fits(LocalDate.of(2026, 12, 8), LocalTime.of(15, 30), HOUR)).as("ends after 16:00")
                .isFalse();
    }

    @Test
    void tokyo_and_sao_paulo_office_hours_never_meet_and_nothing_is_proposed() {
        var overlap = new WorkingHoursOverlap(WorkingHoursOverlap.officeHours(TOKYO),
                WorkingHoursOverlap.officeHours(SAO_PAULO), TOKYO);

        assertThat(overlap.on(LocalDate.of(2026, 12, 8))).isEmpty();
        assertThat(overlap.proposedStart(LocalDate.of(2026, 12, 8), HOUR)).isEmpty();
    }

    @Test
    void a_weekend_day_has_no_shared_hours_without_a_calendar_that_works_it() {
        assertThat(newYorkWithSaoPauloTeam().on(LocalDate.of(2026, 12, 12))).isEmpty();
        var aroundTheClock = new WorkingHoursOverlap(WorkingTime.aroundTheClock(NEW_YORK),
                WorkingHoursOverlap.officeHours(SAO_PAULO), NEW_YORK);
        assertThat(aroundTheClock.on(LocalDate.of(2026, 12, 8))).singleElement()
                .satisfies(window -> assertThat(window.startTime()).isEqualTo(LocalTime.of(7, 0)));
    }

    @Test
    void a_window_too_short_for_the_meeting_proposes_nothing() {
        var team = new WorkingTime(SAO_PAULO, Map.of(DayOfWeek.TUESDAY,
                List.of(new WorkingTime.Period(LocalTime.of(17, 30), LocalTime.of(18, 0)))), Set.of(), Set.of());
        var overlap = new WorkingHoursOverlap(WorkingHoursOverlap.officeHours(NEW_YORK), team, NEW_YORK);

        assertThat(overlap.on(LocalDate.of(2026, 12, 8))).hasSize(1);
        assertThat(overlap.proposedStart(LocalDate.of(2026, 12, 8), HOUR)).isEmpty();
    }
}
