package app.ponte.oncall.ui;

import app.ponte.base.RejectedInputException;
import app.ponte.base.ui.LocalisedFormats;
import app.ponte.base.ui.Toasts;
import app.ponte.base.ui.UnreadCountChanged;
import app.ponte.base.ui.ViewerTime;
import app.ponte.oncall.IncidentPages;
import app.ponte.oncall.OnCall;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** The request page's on-call part, built for one request and one reader. */
class PagingPanel extends Div {

    static final String ID = "request-paging";

    final Button acknowledge = new Button();

    private final long requestId;
    private final IncidentPages pages;
    private final ViewerTime viewerTime;
    private final boolean team;

    PagingPanel(long requestId, IncidentPages.PagingHistory history, Optional<OnCall.ClientCover> cover, boolean team,
            IncidentPages pages, ViewerTime viewerTime) {
        this.requestId = requestId;
        this.pages = pages;
        this.viewerTime = viewerTime;
        this.team = team;
        setId(ID);
        addClassName("request-paging");
        acknowledge.setId("paging-acknowledge");
        acknowledge.setText(getTranslation("oncall.ack.button"));
        acknowledge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        acknowledge.addClickListener(event -> acknowledge());
        show(history, cover);
    }

    private void show(IncidentPages.PagingHistory history, Optional<OnCall.ClientCover> cover) {
        removeAll();
        Locale locale = getLocale();
        add(new H3(getTranslation("oncall.request.title")));
        cover.ifPresent(c -> add(new Paragraph(c.onCallNow()
                ? getTranslation("oncall.client.cover",
                        LocalisedFormats.duration(this, Duration.ofMinutes(c.answerWithinMinutes())))
                : getTranslation("oncall.client.no-cover-now"))));
        if (!history.paged()) {
            return;
        }
        if (team) {
            var events = new UnorderedList();
            events.setId("paging-history");
            history.events().forEach(event -> events.add(new ListItem(getTranslation(
                    "oncall.request.event." + event.kind().name(), event.personName(),
                    viewerTime.moment(event.at(), locale), event.step(), event.pagesInLastHour()))));
            add(events);
            if (history.mayAcknowledge()) {
                add(acknowledge);
            }
        } else {
            String notified = getTranslation("oncall.request.notified",
                    viewerTime.moment(history.notifiedAt(), locale));
            add(new Paragraph(history.acknowledgedAt() == null ? notified
                    : notified + " · " + getTranslation("oncall.request.acknowledged",
                            viewerTime.moment(history.acknowledgedAt(), locale))));
        }
    }

    void acknowledge() {
        try {
            pages.acknowledge(requestId);
            UnreadCountChanged.fire(this); // the page's notices were marked read
            Toasts.done(getTranslation("oncall.ack.done"));
        } catch (RejectedInputException refusal) {
            Toasts.failed(getTranslation(refusal.messageKey(), refusal.arguments()));
        }
        show(pages.history(requestId), Optional.empty());
    }
}
