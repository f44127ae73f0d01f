package app.ponte.meeting.ui;

import app.ponte.meeting.CalendarFeeds;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;

/**
 * A link that downloads one meeting's calendar entry (.ics), read through {@link CalendarFeeds#meetingEntry} in the
 * viewer's scope when clicked. For the lead to place on the meeting page.
 */
public class MeetingIcsDownload extends Anchor {

    public MeetingIcsDownload(CalendarFeeds feeds, long meetingId) {
        super(download(feeds, meetingId), "");
        setText(getTranslation("calendar.download"));
        getElement().setAttribute("download", true);
    }

    static DownloadHandler download(CalendarFeeds feeds, long meetingId) {
        return event -> {
            byte[] entry = feeds.meetingEntry(meetingId);
            event.setFileName("meeting-" + meetingId + ".ics");
            event.setContentType("text/calendar; charset=UTF-8");
            event.setContentLength(entry.length);
            try (OutputStream out = event.getOutputStream()) {
                out.write(entry);
            }
        };
    }
}
