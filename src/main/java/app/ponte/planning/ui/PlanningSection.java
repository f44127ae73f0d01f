package app.ponte.planning.ui;

import app.ponte.base.ui.ViewerTime;
import app.ponte.planning.Backlog;
import app.ponte.planning.ConflictNotice;
import app.ponte.planning.Conflicts;
import app.ponte.request.RequestDetails;
import app.ponte.request.ui.RequestPageSection;
import app.ponte.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Optional;

/**
 * Planning's part of the request page: conflict notices for whoever sees the whole request, and for the team
 * the score, its inputs and the manual moves.
 */
@org.springframework.stereotype.Component
class PlanningSection implements RequestPageSection {

    private final Backlog backlog;
    private final Conflicts conflicts;
    private final CurrentUser currentUser;
    private final ViewerTime viewerTime;

    PlanningSection(Backlog backlog, Conflicts conflicts, CurrentUser currentUser, ViewerTime viewerTime) {
        this.backlog = backlog;
        this.conflicts = conflicts;
        this.currentUser = currentUser;
        this.viewerTime = viewerTime;
    }

    @Override
    public Optional<Component> sectionFor(RequestDetails request) {
        List<ConflictNotice> notices = conflicts.notices(request.id());
        var section = new Div();
        if (!notices.isEmpty()) {
            section.add(new ConflictNotices(notices));
        }
        if (currentUser.scope().seesEveryOrganisation()) {
            section.add(new ScorePanel(backlog, viewerTime, request.id()));
        }
        return section.getChildren().findAny().isPresent() ? Optional.of(section) : Optional.empty();
    }
}
