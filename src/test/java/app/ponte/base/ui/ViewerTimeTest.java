package app.ponte.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Instants in the viewer's zone and language: with their weekday, and shorter the nearer a due time is. */
class ViewerTimeTest {

    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
    private static final Locale BRAZIL = Locale.forLanguageTag("pt-BR");

    /** Meridian's question filed Friday 17:30 in Lisbon, its first response due Monday 12:30 there. */
    private static final Instant FRIDAY_EVENING = ZonedDateTime.of(2026, 12, 4, 17, 30, 0, 0, LISBON).toInstant();
    private static final Instant MONDAY_NOON = ZonedDateTime.of(2026, 12, 7, 12, 30, 0, 0, LISBON).toInstant();

    @Test
    void a_moment_reads_with_its_weekday_date_and_time_in_the_viewers_zone_and_language() {
        assertThat(ViewerTime.moment(MONDAY_NOON, LISBON, Locale.UK)).isEqualTo("Mon 07/12/2026, 12:30");
        assertThat(ViewerTime.moment(MONDAY_NOON, LISBON, Locale.US)).isEqualTo("Mon 12/7/26, 12:30\u202fPM");
        assertThat(ViewerTime.moment(MONDAY_NOON, SAO_PAULO, BRAZIL)).isEqualTo("seg. 07/12/2026 09:30");
        assertThat(ViewerTime.moment(FRIDAY_EVENING, SAO_PAULO, BRAZIL)).isEqualTo("sex. 04/12/2026 14:30");
    }

    @Test
    void a_lisbon_due_time_reads_in_sao_paulo_time_with_its_weekday_in_the_viewers_language() {
        assertThat(ViewerTime.near(MONDAY_NOON, SAO_PAULO, Locale.UK, FRIDAY_EVENING)).isEqualTo("Mon 09:30");
        assertThat(ViewerTime.near(MONDAY_NOON, SAO_PAULO, BRAZIL, FRIDAY_EVENING)).isEqualTo("seg. 09:30");
        assertThat(ViewerTime.near(MONDAY_NOON, LISBON, Locale.UK, FRIDAY_EVENING)).isEqualTo("Mon 12:30");
    }

    @Test
    void a_due_time_today_reads_as_the_time_alone_and_one_beyond_a_week_with_its_date() {
        Instant mondayMorning = ZonedDateTime.of(2026, 12, 7, 8, 0, 0, 0, LISBON).toInstant();
        assertThat(ViewerTime.near(MONDAY_NOON, LISBON, Locale.UK, mondayMorning)).isEqualTo("12:30");

        Instant twoWeeksBefore = FRIDAY_EVENING.minusSeconds(14 * 24 * 3600);
        assertThat(ViewerTime.near(MONDAY_NOON, LISBON, Locale.UK, twoWeeksBefore)).isEqualTo("07/12/2026, 12:30");
    }
}
