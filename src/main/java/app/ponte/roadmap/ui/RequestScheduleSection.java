package app.ponte.roadmap.ui;

import app.ponte.base.ui.ViewerTime;
import app.ponte.planning.Backlog;
import app.ponte.planning.BacklogPlace;
import app.ponte.request.RequestDetails;
import app.ponte.request.ui.RequestPageSection;
import app.ponte.roadmap.RequestRoadmap;
import app.ponte.security.CurrentUser;
import com.vaadin.flow.component.Component;
import java.util.Optional;

/** The roadmap's part of the request page: when the request comes ({@link RequestSchedule}). */
@org.springframework.stereotype.Component
class RequestScheduleSection implements RequestPageSection {

    private final RequestRoadmap roadmap;
    private final Backlog backlog;
    private final CurrentUser currentUser;
    private final ViewerTime viewerTime;

    RequestScheduleSection(RequestRoadmap roadmap, Backlog backlog, CurrentUser currentUser, ViewerTime viewerTime) {
        this.roadmap = roadmap;
        this.backlog = backlog;
        this.currentUser = currentUser;
        this.viewerTime = viewerTime;
    }

    @Override
    public Optional<Component> sectionFor(RequestDetails request) {
        Optional<BacklogPlace> place = currentUser.scope().seesEveryOrganisation() ? backlog.place(request.id())
                : Optional.empty();
        var schedule = new RequestSchedule(request.status(), roadmap.milestoneOf(request.id()), place, viewerTime);
        return schedule.says() ? Optional.of(schedule) : Optional.empty();
    }
}
