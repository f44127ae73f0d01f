package app.ponte.roadmap.ui;

import app.ponte.base.ui.LocalisedFormats;
import app.ponte.dashboard.ChartData;
import app.ponte.dashboard.DashboardAudience;
import app.ponte.dashboard.DashboardSection;
import app.ponte.dashboard.ui.ChartCard;
import app.ponte.dashboard.ui.DashboardBlock;
import app.ponte.roadmap.DeliveredWeek;
import app.ponte.roadmap.RoadmapDashboard;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The team's throughput: milestones delivered, and the requests they delivered, per week over the last 12 weeks
 * (weeks from Monday), leading to the changelog that lists the deliveries.
 */
@org.springframework.stereotype.Component
class ThroughputBlock implements DashboardBlock {

    static final String ID = "dashboard-roadmap-throughput";
    static final int WEEKS = 12;

    private final RoadmapDashboard dashboard;

    ThroughputBlock(RoadmapDashboard dashboard) {
        this.dashboard = dashboard;
    }

    @Override
    public Set<DashboardAudience> audiences() {
        return Set.of(DashboardAudience.TEAM);
    }

    @Override
    public DashboardSection section() {
        return DashboardSection.DELIVERY;
    }

    @Override
    public int order() {
        return 21;
    }

    @Override
    public Optional<Component> blockFor(DashboardAudience audience) {
        UI ui = UI.getCurrent();
        List<DeliveredWeek> weeks = dashboard.deliveredByWeek(WEEKS);
        ChartData data = new ChartData(ui.getTranslation("dashboard.roadmap.throughput.title"), ChartData.Kind.BARS,
                ui.getTranslation("dashboard.roadmap.throughput.week"),
                ui.getTranslation("dashboard.roadmap.throughput.count"),
                weeks.stream().map(w -> LocalisedFormats.shortDay(w.monday(), ui.getLocale())).toList(),
                List.of(ChartData.Series.of(ui.getTranslation("dashboard.roadmap.throughput.milestones"),
                                weeks.stream().map(DeliveredWeek::milestones).toList()),
                        ChartData.Series.of(ui.getTranslation("dashboard.roadmap.throughput.requests"),
                                weeks.stream().map(DeliveredWeek::requests).toList())),
                ui.getTranslation("dashboard.roadmap.throughput.summary",
                        weeks.stream().mapToLong(DeliveredWeek::milestones).sum(),
                        weeks.stream().mapToLong(DeliveredWeek::requests).sum()));
        ChartCard card = new ChartCard(ID, data);
        card.withLink(ui.getTranslation("dashboard.roadmap.throughput.link"), "changelog");
        return Optional.of(card);
    }
}
