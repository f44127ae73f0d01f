package app.ponte.sla.ui;

import app.ponte.base.ui.ViewerTime;
import app.ponte.dashboard.DashboardAudience;
import app.ponte.dashboard.DashboardSection;
import app.ponte.dashboard.ui.DashboardBlock;
import app.ponte.dashboard.ui.DashboardCard;
import app.ponte.sla.OpenClocks;
import app.ponte.sla.SlaWatch;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;
import java.util.Set;

/**
 * The team's SLA risk: running clocks at risk or breached (the figure links to the inbox's at-risk list, which holds
 * exactly those requests), how many of them are breached, and the next deadlines of every organisation.
 */
@org.springframework.stereotype.Component
class SlaRiskBlock implements DashboardBlock {

    static final String ID = "dashboard-sla-risk";
    static final String AT_RISK_LIST = "inbox?at-risk=true";

    private final SlaWatch watch;
    private final ViewerTime viewerTime;

    SlaRiskBlock(SlaWatch watch, ViewerTime viewerTime) {
        this.watch = watch;
        this.viewerTime = viewerTime;
    }

    @Override
    public Set<DashboardAudience> audiences() {
        return Set.of(DashboardAudience.TEAM);
    }

    @Override
    public DashboardSection section() {
        return DashboardSection.QUEUE;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Optional<Component> blockFor(DashboardAudience audience) {
        UI ui = UI.getCurrent();
        OpenClocks open = watch.openClocks();
        DashboardCard card = new DashboardCard(ID, ui.getTranslation("dashboard.sla.risk.title"));
        Anchor atRisk = new Anchor(AT_RISK_LIST, ui.getTranslation("dashboard.sla.risk.count", open.atRiskOrBreached()));
        atRisk.setId(ID + "-count");
        Paragraph breached = new Paragraph(ui.getTranslation("dashboard.sla.risk.breached", open.breached()));
        breached.setId(ID + "-breached");
        Paragraph running = new Paragraph(ui.getTranslation("dashboard.sla.open", open.onTrack(), open.atRiskOnly(),
                open.breached(), open.paused()));
        card.with(new Paragraph(atRisk), breached, running, new H4(ui.getTranslation("dashboard.sla.deadlines")));
        var deadlines = watch.nextDeadlines();
        card.with(deadlines.isEmpty() ? DashboardCard.nothing(ui.getTranslation("dashboard.sla.deadlines.none"))
                : new DeadlineList(ID + "-deadlines", deadlines, viewerTime, viewerTime.clock().instant()));
        card.withLink(ui.getTranslation("dashboard.sla.risk.link"), AT_RISK_LIST);
        return Optional.of(card);
    }
}
