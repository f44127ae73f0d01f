package app.ponte.roadmap.ui;

import app.ponte.base.ui.LocalisedFormats;
import app.ponte.dashboard.ChartData;
import app.ponte.dashboard.DashboardAudience;
import app.ponte.dashboard.DashboardSection;
import app.ponte.dashboard.ui.ChartCard;
import app.ponte.dashboard.ui.DashboardBlock;
import app.ponte.roadmap.PromiseMonth;
import app.ponte.roadmap.RoadmapDashboard;
import app.ponte.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How the promises to a requester's organisation turned out over the last 12 months: kept on time vs late, by the
 * month of the first date told (the promise ledger's own rule: on time means delivered by the first date told), as
 * stacked bars leading to the promises page.
 */
@org.springframework.stereotype.Component
class PromiseRecordBlock implements DashboardBlock {

    static final String ID = "dashboard-roadmap-promises";
    static final int MONTHS = 12;

    private final RoadmapDashboard dashboard;
    private final CurrentUser currentUser;

    PromiseRecordBlock(RoadmapDashboard dashboard, CurrentUser currentUser) {
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
        return 21;
    }

    @Override
    public Optional<Component> blockFor(DashboardAudience audience) {
        UI ui = UI.getCurrent();
        List<PromiseMonth> months = dashboard.promisesByMonth(currentUser.require().requireActive().organisationId(),
                MONTHS);
        long onTime = months.stream().mapToLong(PromiseMonth::onTime).sum();
        long late = months.stream().mapToLong(PromiseMonth::late).sum();
        ChartData data = new ChartData(ui.getTranslation("dashboard.roadmap.promises.title"),
                ChartData.Kind.STACKED_BARS, ui.getTranslation("dashboard.roadmap.promises.month"),
                ui.getTranslation("dashboard.roadmap.promises.count"),
                months.stream().map(m -> LocalisedFormats.month(m.month(), ui.getLocale())).toList(),
                List.of(ChartData.Series.of(ui.getTranslation("dashboard.roadmap.promises.on-time"),
                                months.stream().map(PromiseMonth::onTime).toList()),
                        ChartData.Series.of(ui.getTranslation("dashboard.roadmap.promises.late"),
                                months.stream().map(PromiseMonth::late).toList())),
                ui.getTranslation("dashboard.roadmap.promises.summary", onTime, late));
        ChartCard card = new ChartCard(ID, data);
        card.withLink(ui.getTranslation("dashboard.roadmap.promises.link"), "promises");
        return Optional.of(card);
    }
}
