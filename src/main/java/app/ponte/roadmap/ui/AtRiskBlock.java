package app.ponte.roadmap.ui;

import app.ponte.base.ui.Days;
import app.ponte.dashboard.DashboardAudience;
import app.ponte.dashboard.DashboardSection;
import app.ponte.dashboard.ui.DashboardBlock;
import app.ponte.dashboard.ui.DashboardCard;
import app.ponte.roadmap.MilestoneAtRisk;
import app.ponte.roadmap.MilestonesAtRisk;
import app.ponte.roadmap.RoadmapDashboard;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Optional;
import java.util.Set;

/**
 * The team's milestones at risk: those whose likely finish by the schedule is later than the day committed (and
 * told); how many in the title, the latest few with both days and the days between, each leading to its initiative.
 */
@org.springframework.stereotype.Component
class AtRiskBlock implements DashboardBlock {

    static final String ID = "dashboard-roadmap-at-risk";
    static final int SHOWN = 5;

    private final RoadmapDashboard dashboard;

    AtRiskBlock(RoadmapDashboard dashboard) {
        this.dashboard = dashboard;
    }

    @Override
    public Set<DashboardAudience> audiences() {
        return Set.of(DashboardAudience.TEAM);
    }

    @Override
    public DashboardSection section() {
        return DashboardSection.PLANNING;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<Component> blockFor(DashboardAudience audience) {
        UI ui = UI.getCurrent();
        MilestonesAtRisk atRisk = dashboard.atRisk(SHOWN);
        DashboardCard card = new DashboardCard(ID, ui.getTranslation("dashboard.roadmap.at-risk.title",
                atRisk.count()));
        if (atRisk.worst().isEmpty()) {
            card.with(DashboardCard.nothing(ui.getTranslation("dashboard.roadmap.at-risk.none")));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("roadmap-dashboard-list");
            for (MilestoneAtRisk milestone : atRisk.worst()) {
                Anchor name = new Anchor(RoadmapView.link(milestone.initiativeId()),
                        ui.getTranslation("dashboard.roadmap.at-risk.name", milestone.milestone(),
                                milestone.initiative()));
                Span dates = new Span(ui.getTranslation("dashboard.roadmap.at-risk.line",
                        Days.format(milestone.committedOn(), ui.getLocale()),
                        Days.format(milestone.proposedOn(), ui.getLocale()), milestone.daysLate()));
                dates.addClassName("roadmap-dashboard-detail");
                list.add(new ListItem(name, dates));
            }
            card.with(list);
            if (atRisk.count() > atRisk.worst().size()) {
                card.with(DashboardCard.nothing(ui.getTranslation("dashboard.roadmap.at-risk.more",
                        atRisk.count() - atRisk.worst().size())));
            }
        }
        return Optional.of(card.withLink(ui.getTranslation("dashboard.roadmap.at-risk.link"), "roadmap"));
    }
}
