package app.ponte.roadmap.ui;

import app.ponte.base.ui.Days;
import app.ponte.base.ui.ViewerTime;
import app.ponte.planning.BacklogPlace;
import app.ponte.request.RequestStatus;
import app.ponte.roadmap.DeliveryStatus;
import app.ponte.roadmap.PromiseChangeEntry;
import app.ponte.roadmap.RequestMilestone;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Locale;
import java.util.Optional;

/**
 * The request page says when: the milestone delivering the request (linked to its place on the roadmap), the day
 * committed for it and why, the promise's history (every change of the date told, with its reason), and for the
 * team the request's place in the backlog (linked to the board) with the day the schedule expects it finished.
 */
class RequestSchedule extends Div {

    static final String ID = "request-schedule";

    private final ViewerTime viewerTime;
    private final boolean says;

    /** {@code place} is the team's only: empty for everybody else. */
    RequestSchedule(RequestStatus status, Optional<RequestMilestone> milestone, Optional<BacklogPlace> place,
            ViewerTime viewerTime) {
        this.viewerTime = viewerTime;
        setId(ID);
        addClassName("request-schedule");
        add(new H3(getTranslation("roadmap.request.section")));
        milestone.ifPresent(this::milestone);
        if (milestone.isEmpty() && (status == RequestStatus.PLANNED || status == RequestStatus.IN_PROGRESS)) {
            add(line("schedule-milestone", getTranslation("roadmap.request.no-milestone")));
        }
        place.ifPresent(this::place);
        says = getChildren().count() > 1;
    }

    /** Whether there is anything to say (a milestone, a planned request without one, a place in the backlog). */
    boolean says() {
        return says;
    }

    private void milestone(RequestMilestone milestone) {
        Locale locale = getLocale();
        Paragraph what = line("schedule-milestone", getTranslation("roadmap.request.milestone",
                milestone.milestoneTitle(), milestone.initiativeTitle()) + " ");
        var onRoadmap = new Anchor(RoadmapView.link(milestone.initiativeId()),
                getTranslation("roadmap.request.on-roadmap"));
        onRoadmap.setId("schedule-roadmap-link");
        what.add(onRoadmap);
        add(what);
        String when;
        if (milestone.deliveredOn() != null) {
            when = getTranslation("roadmap.delivered-on", Days.format(milestone.deliveredOn(), locale));
        } else if (milestone.committedOn() == null || milestone.status() == DeliveryStatus.CANCELLED) {
            when = getTranslation("roadmap.not-committed");
        } else {
            when = getTranslation("roadmap.committed-for", Days.format(milestone.committedOn(), locale));
        }
        if (milestone.commitReason() != null && milestone.deliveredOn() == null) {
            when += " · " + getTranslation("roadmap.commit-reason", milestone.commitReason());
        }
        add(line("schedule-date", when));
        if (milestone.firstPromisedOn() != null && !milestone.changes().isEmpty()) {
            add(line("schedule-first-told", getTranslation("roadmap.request.first-told",
                    Days.format(milestone.firstPromisedOn(), locale))));
            var history = new UnorderedList();
            history.setId("schedule-history");
            for (PromiseChangeEntry change : milestone.changes()) {
                history.add(new ListItem(getTranslation("roadmap.request.date-changed",
                        Days.format(change.oldDate(), locale), Days.format(change.newDate(), locale),
                        viewerTime.format(change.changedAt(), locale), change.reason())));
            }
            add(history);
        }
    }

    private void place(BacklogPlace place) {
        String lane = getTranslation(place.lane().labelKey());
        String text = place.plannedFinish() == null
                ? getTranslation("roadmap.request.place", place.position(), place.of(), lane)
                : getTranslation("roadmap.request.place-scheduled", place.position(), place.of(), lane,
                        Days.format(place.plannedFinish(), getLocale()));
        Paragraph line = line("schedule-place", text + " ");
        var board = new Anchor("backlog", getTranslation("roadmap.request.open-backlog"));
        board.setId("schedule-backlog-link");
        line.add(board);
        add(line);
    }

    private static Paragraph line(String id, String text) {
        var line = new Paragraph(new Span(text));
        line.setId(id);
        return line;
    }
}
