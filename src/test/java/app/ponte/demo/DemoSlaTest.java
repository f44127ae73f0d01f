package app.ponte.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.sla.CalendarHoliday;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The demo calendars' movable holidays fall where the almanac puts them. */
class DemoSlaTest {

    @Test
    void easter_and_thanksgiving_are_computed_for_any_year() {
        assertThat(DemoSla.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(DemoSla.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(DemoSla.easterSunday(2028)).isEqualTo(LocalDate.of(2028, 4, 16));
        assertThat(DemoSla.thanksgiving(2026)).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(DemoSla.thanksgiving(2027)).isEqualTo(LocalDate.of(2027, 11, 25));
    }

    @Test
    void lisbon_keeps_good_friday_and_corpus_christi_for_three_years_and_its_fixed_holidays_yearly() {
        var holidays = DemoSla.portugueseHolidays(2026);
        assertThat(holidays).filteredOn(h -> !h.yearly()).extracting(CalendarHoliday::day).containsExactly(
                LocalDate.of(2026, 4, 3), LocalDate.of(2026, 6, 4), LocalDate.of(2027, 3, 26),
                LocalDate.of(2027, 5, 27), LocalDate.of(2028, 4, 14), LocalDate.of(2028, 6, 15));
        assertThat(holidays).filteredOn(CalendarHoliday::yearly).hasSize(10);
        assertThat(DemoSla.newYorkHolidays(2026)).extracting(CalendarHoliday::day)
                .contains(LocalDate.of(2026, 12, 25), LocalDate.of(2028, 11, 23));
    }
}
