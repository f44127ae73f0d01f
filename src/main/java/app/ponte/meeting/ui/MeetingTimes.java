package app.ponte.meeting.ui;

import app.ponte.base.ui.ViewerTime;
import app.ponte.meeting.MeetingSummary;
import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * When a meeting is, as its reader reads it: in the reader's zone and language, and, when the organisation's clock
 * shows another time, that one too ("Tue 01/12/2026, 12:00 · 10:00 in America/New_York").
 */
final class MeetingTimes {

    private MeetingTimes() {
    }

    static String when(Component in, MeetingSummary meeting, ViewerTime viewerTime, Locale locale) {
        return when(in, meeting.start(), meeting.zone(), viewerTime, locale);
    }

    /** The same for a start and the zone the meeting is held in. */
    static String when(Component in, Instant start, ZoneId zone, ViewerTime viewerTime, Locale locale) {
        String own = viewerTime.moment(start, locale);
        var viewerZone = viewerTime.zone();
        var there = start.atZone(zone);
        var here = start.atZone(viewerZone);
        if (there.toLocalDateTime().equals(here.toLocalDateTime())) {
            return own;
        }
        String time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(there);
        if (!there.toLocalDate().equals(here.toLocalDate())) {
            time = ViewerTime.moment(start, zone, locale);
        }
        return in.getTranslation("meeting.list.local-time", own, time, zone.getId());
    }
}
