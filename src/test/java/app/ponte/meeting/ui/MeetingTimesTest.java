package app.ponte.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.UiTest;
import app.ponte.base.ui.ViewerTime;
import app.ponte.meeting.MeetingKind;
import app.ponte.meeting.MeetingState;
import app.ponte.meeting.MeetingSummary;
import com.vaadin.flow.component.html.Div;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MeetingTimesTest extends UiTest {

    @Autowired
    ViewerTime viewerTime;

    private static MeetingSummary at(Instant start, ZoneId zone) {
        return new MeetingSummary(1, 0, 1, "Aurora Commerce", MeetingKind.REVIEW, MeetingState.PLANNED, null, start,
                start.plusSeconds(3600), zone, List.of(), null, "uid", 0, 1L, start);
    }

    @Test
    void a_viewer_in_sao_paulo_reads_noon_and_the_organisations_ten_oclock_beside_it() {
        signInAs("lead@ponte.test");
        navigate(MeetingsView.class);
        Instant tuesdayTenInNewYork = Instant.parse("2026-12-08T15:00:00Z");

        String text = MeetingTimes.when(new Div(), at(tuesdayTenInNewYork, ZoneId.of("America/New_York")), viewerTime,
                Locale.UK);

        assertThat(text).contains("12:00").contains("10:00").contains("America/New_York");
    }

    @Test
    void a_viewer_in_the_organisations_zone_reads_the_time_once() {
        signInAs("ana@aurora.test");
        navigate(MeetingsView.class);

        String text = MeetingTimes.when(new Div(), at(Instant.parse("2026-12-08T15:00:00Z"),
                ZoneId.of("America/New_York")), viewerTime, Locale.UK);

        assertThat(text).contains("10:00").doesNotContain("America/New_York");
    }
}
