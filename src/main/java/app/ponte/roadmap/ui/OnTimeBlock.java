package app.ponte.roadmap.ui;

import app.ponte.base.ui.LocalisedFormats;
import app.ponte.dashboard.ChartData;
import app.ponte.dashboard.DashboardAudience;
import app.ponte.dashboard.DashboardSection;
import app.ponte.dashboard.ui.ChartCard;
import app.ponte.dashboard.ui.DashboardBlock;
import app.ponte.roadmap.DeliveryRecord;
import app.ponte.roadmap.PromiseLedger;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The team's delivery record of the last 12 months as lines: the share of promises delivered by the first date told
 * and the average slip in days, by month of delivery (the promises page's delivery record, the same months).
 */
@org.springframework.stereotype.Component
class OnTimeBlock implements DashboardBlock {

    static final String ID = "dashboard-roadmap-on-time";
    static final int MONTHS = 12;

    private final PromiseLedger promises;

    OnTimeBlock(PromiseLedger promises) {
        this.promises = promises;
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
        return 20;
    }

    @Override
    public Optional<Component> blockFor(DashboardAudience audience) {
        UI ui = UI.getCurrent();
        List<DeliveryRecord> record = promises.recentDeliveryRecord(MONTHS);
        long delivered = record.stream().mapToLong(DeliveryRecord::delivered).sum();
        ChartData data = new ChartData(ui.getTranslation("dashboard.roadmap.on-time.title"), ChartData.Kind.LINES,
                ui.getTranslation("dashboard.roadmap.on-time.month"),
                ui.getTranslation("dashboard.roadmap.on-time.value"),
                record.stream().map(r -> LocalisedFormats.month(r.month(), ui.getLocale())).toList(),
                List.of(ChartData.Series.of(ui.getTranslation("dashboard.roadmap.on-time.rate"),
                                record.stream().map(r -> oneDecimal(r.onTimeRate() * 100)).toList()),
                        ChartData.Series.of(ui.getTranslation("dashboard.roadmap.on-time.slip"),
                                record.stream().map(r -> oneDecimal(r.averageSlipDays())).toList())),
                ui.getTranslation("dashboard.roadmap.on-time.summary", delivered, record.size()));
        ChartCard card = new ChartCard(ID, data);
        card.withLink(ui.getTranslation("dashboard.roadmap.on-time.link"), "promises");
        return Optional.of(card);
    }

    /** A percentage or a number of days as the chart writes it: one decimal. */
    static double oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
