package app.ponte.request.ui;

import app.ponte.base.ui.ViewerTime;
import app.ponte.request.RequestDetails;
import app.ponte.request.RequestFollowers;
import app.ponte.request.RequestStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;

/**
 * What a request is and where it stands: its title, who filed it for whom and when, its status (with the day a
 * planned request is committed for, and a support request's next SLA deadline beside it), how it ended
 * (declined because, duplicate of), and the reader's choice to watch it.
 */
class RequestHeading extends RequestPagePart {

    static final String TITLE_ID = "request-title";
    static final String STATUS_ID = "request-status";
    static final String SLA_ID = "request-sla";

    final H2 title = new H2();
    final Paragraph meta = new Paragraph();
    final Span status = new Span();
    /** A support request's next SLA deadline beside the status ("First response at risk · due 12:30"). */
    final Span sla = new Span();
    final Button watch = new Button();
    final Paragraph outcome = new Paragraph();

    private final ViewerTime viewerTime;
    private final List<RequestStatusDates> statusDates;
    private RequestDetails shown;

    RequestHeading(RequestFollowers followers, ViewerTime viewerTime, List<RequestStatusDates> statusDates) {
        this.viewerTime = viewerTime;
        this.statusDates = statusDates;
        title.setId(TITLE_ID);
        status.getElement().getThemeList().add("badge");
        status.setId(STATUS_ID);
        sla.getElement().getThemeList().add("badge");
        sla.setId(SLA_ID);
        sla.setVisible(false);
        watch.setId("request-watch");
        watch.addClickListener(e -> {
            followers.watch(shown.id(), !shown.viewer().watching());
            changed(getTranslation(shown.viewer().watching() ? "request.unwatch.done" : "request.watch.done"));
        });
        var statusLine = new HorizontalLayout(status, sla, watch);
        statusLine.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        statusLine.addClassName("request-status-line"); // wraps on a phone instead of pushing the watch button out
        add(title, meta, statusLine, outcome);
    }

    @Override
    void show(RequestDetails request) {
        this.shown = request;
        title.setText(request.title());
        meta.setText(getTranslation("request.meta", request.id(), getTranslation(request.kind().labelKey()),
                request.organisationName(), request.requesterName(), viewerTime.format(request.createdAt(),
                        getLocale())));
        status.setText(StatusLabel.text(this, getLocale(), request.status(), StatusLabel.dated(request.status())
                ? StatusLabel.days(statusDates, List.of(request.id())).get(request.id()) : null, true,
                !request.viewer().team()));
        var now = viewerTime.clock().instant();
        SlaLabel.badge(sla, SlaLabel.heading(this, getLocale(), viewerTime.zone(), request.deadline(), now,
                        !request.viewer().team()),
                request.deadline(), now);
        watch.setText(getTranslation(request.viewer().watching() ? "request.unwatch" : "request.watch"));
        showOutcome(request);
    }

    private void showOutcome(RequestDetails request) {
        outcome.removeAll();
        outcome.setVisible(false);
        var triage = request.triage();
        if (triage.declineReason() != null && request.status() == RequestStatus.DECLINED) {
            outcome.setText(getTranslation("request.declined-because", triage.declineReason()));
            outcome.setVisible(true);
        }
        if (triage.duplicateOfId() != null) {
            outcome.add(new Span(getTranslation("request.duplicate-of", triage.duplicateOfId()) + " "),
                    new Anchor("requests/" + triage.duplicateOfId(),
                            getTranslation("request.link.original", triage.duplicateOfId())));
            outcome.setVisible(true);
        }
    }
}
