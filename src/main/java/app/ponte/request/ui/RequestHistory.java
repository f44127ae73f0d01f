package app.ponte.request.ui;

import app.ponte.base.ui.ViewerTime;
import app.ponte.request.HistoryEntry;
import app.ponte.request.RequestDetails;
import app.ponte.request.RequestReading;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** Every move of a request, oldest first: when, from which status to which, by whom, and the note. */
class RequestHistory extends RequestPagePart {

    static final String LINES_ID = "request-history";

    final VerticalLayout lines = new VerticalLayout();

    private final RequestReading reading;
    private final ViewerTime viewerTime;

    RequestHistory(RequestReading reading, ViewerTime viewerTime) {
        this.reading = reading;
        this.viewerTime = viewerTime;
        lines.setId(LINES_ID);
        lines.setPadding(false);
        lines.setSpacing(false);
        add(new H3(getTranslation("request.section.history")), lines);
    }

    @Override
    void show(RequestDetails request) {
        lines.removeAll();
        boolean requesterSide = !request.viewer().team();
        reading.history(request.id()).forEach(entry -> lines.add(line(entry, requesterSide)));
    }

    private Paragraph line(HistoryEntry entry, boolean requesterSide) {
        String when = viewerTime.format(entry.changedAt(), getLocale());
        String line = entry.fromStatus() == null
                ? getTranslation("request.history.filed", when)
                : getTranslation("request.history.line", when,
                        getTranslation(entry.fromStatus().labelKey(requesterSide)),
                        getTranslation(entry.toStatus().labelKey(requesterSide)));
        var paragraph = new Paragraph(line + " · " + entry.actorName() + (entry.note() == null ? "" : " — " + entry.note()));
        paragraph.addClassName("request-history-line");
        return paragraph;
    }
}
