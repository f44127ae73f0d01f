package app.ponte.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The demo's story holds whatever day it is loaded: the days just after Black Friday (when the old seed put
 * Aurora's freeze a year after the roadmap reason that avoided it), the last days of a quarter, and a day of an
 * ordinary month.
 */
class DemoCalendarTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-01", "2027-03-28", "2027-08-14"})
    void aurora_freeze_lies_just_ahead_and_the_webhooks_new_date_follows_it(String day) {
        LocalDate today = LocalDate.parse(day);
        DemoCalendar days = DemoCalendar.from(today);

        assertThat(days.webhookFirstDate()).as("the first date told has passed: the promise slipped").isBefore(today);
        assertThat(days.auroraFreezeStart()).isAfter(today).isBefore(days.auroraFreezeEnd());
        assertThat(days.auroraFreezeEnd()).as("the reason's freeze is weeks away, not a year")
                .isBefore(today.plusDays(30));
        assertThat(days.webhookNewDate()).as("nothing ships inside the freeze").isAfter(days.auroraFreezeEnd());
        assertThat(days.auroraInitiativeEnd()).isAfter(days.webhookNewDate());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-01", "2026-12-25", "2027-03-28", "2027-08-14"})
    void sales_freeze_comes_after_the_decision_and_marketings_dates_sit_around_it(String day) {
        LocalDate today = LocalDate.parse(day);
        DemoCalendar days = DemoCalendar.from(today);

        assertThat(days.conflictDecidedBy()).isAfter(today).isBefore(days.salesFreezeStart());
        assertThat(days.salesFreezeStart()).isBefore(days.quarterClose());
        assertThat(days.salesFreezeEnd()).isAfter(days.quarterClose());
        assertThat(days.campaignWantedBy()).as("inside the freeze: the seed's conflict")
                .isAfter(days.salesFreezeStart()).isBefore(days.salesFreezeEnd());
        assertThat(days.scheduledReportsOn()).isAfter(days.salesFreezeEnd())
                .isBeforeOrEqualTo(days.scheduledReportsWantedBy());
        assertThat(days.campaignInitiativeEnd()).isAfter(days.scheduledReportsOn());
        assertThat(days.quarterClose()).isEqualTo(DemoCalendar.quarterEnd(days.quarterClose()))
                .isBefore(today.plusDays(110));
    }
}
