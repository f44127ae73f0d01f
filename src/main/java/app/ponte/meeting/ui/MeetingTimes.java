package app.ponte.meeting.ui;

import app.ponte.base.ui.ViewerTime;
import app.ponte.meeting.MeetingSummary;
import com.vaadin.flow.component.Component;
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
        String own = viewerTime.moment(meeting.start(), locale);
        var viewerZone = viewerTime.zone();
        var there = meeting.start().atZone(meeting.zone());
        var here = meeting.start().atZone(viewerZone);
        if (there.toLocalDateTime().equals(here.toLocalDateTime())) {
            return own;
        }
        String time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(there);
        if (!there.toLocalDate().equals(here.toLocalDate())) {
            time = ViewerTime.moment(meeting.start(), meeting.zone(), locale);
        }
        return in.getTranslation("meeting.list.local-time", own, time, meeting.zone().getId());
    }
}
