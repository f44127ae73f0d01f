package app.ponte.roadmap.ui;

import app.ponte.base.ui.Days;
import app.ponte.dashboard.DashboardAudience;
import app.ponte.dashboard.DashboardSection;
import app.ponte.dashboard.ui.DashboardBlock;
import app.ponte.dashboard.ui.DashboardCard;
import app.ponte.roadmap.ComingMilestone;
import app.ponte.roadmap.RoadmapDashboard;
import app.ponte.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A requester's next milestones: the open, dated ones its roadmap shows (the roadmap's own rule of who reads a
 * milestone), each with the day committed and the initiative's confidence, leading to the initiative on the roadmap.
 */
@org.springframework.stereotype.Component
class ComingMilestonesBlock implements DashboardBlock {

    static final String ID = "dashboard-roadmap-milestones";
    static final int SHOWN = 5;

    private final RoadmapDashboard dashboard;
    private final CurrentUser currentUser;

    ComingMilestonesBlock(RoadmapDashboard dashboard, CurrentUser currentUser) {
        this.dashboard = dashboard;
        this.currentUser = currentUser;
    }

    @Override
    public Set<DashboardAudience> audiences() {
        return Set.of(DashboardAudience.REQUESTER);
    }

    @Override
    public DashboardSection section() {
        return DashboardSection.COMING;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<Component> blockFor(DashboardAudience audience) {
        UI ui = UI.getCurrent();
        List<ComingMilestone> coming = dashboard.coming(currentUser.require().requireActive().organisationId(),
                SHOWN);
        DashboardCard card = new DashboardCard(ID, ui.getTranslation("dashboard.roadmap.milestones.title"));
        if (coming.isEmpty()) {
            card.with(DashboardCard.nothing(ui.getTranslation("dashboard.roadmap.milestones.none")));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("roadmap-dashboard-list");
            for (ComingMilestone milestone : coming) {
                Anchor name = new Anchor(RoadmapView.link(milestone.initiativeId()), milestone.milestone());
                Span when = new Span(ui.getTranslation("dashboard.roadmap.milestones.line", milestone.initiative(),
                        Days.format(milestone.committedOn(), ui.getLocale()),
                        ui.getTranslation(milestone.confidence().labelKey())));
                when.addClassName("roadmap-dashboard-detail");
                list.add(new ListItem(name, when));
            }
            card.with(list);
        }
        return Optional.of(card.withLink(ui.getTranslation("dashboard.roadmap.milestones.link"), "roadmap"));
    }
}
