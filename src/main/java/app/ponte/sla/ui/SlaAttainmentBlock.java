package app.ponte.sla.ui;

import app.ponte.base.ui.LocalisedFormats;
import app.ponte.base.ui.ViewerTime;
import app.ponte.dashboard.ChartData;
import app.ponte.dashboard.DashboardAudience;
import app.ponte.dashboard.DashboardSection;
import app.ponte.dashboard.ui.ChartCard;
import app.ponte.dashboard.ui.DashboardBlock;
import app.ponte.dashboard.ui.DashboardCard;
import app.ponte.sla.Attainment;
import app.ponte.sla.AttainmentChoices;
import app.ponte.sla.MyPlan;
import app.ponte.sla.OpenClocks;
import app.ponte.sla.SlaAttainment;
import app.ponte.sla.SlaPlans;
import app.ponte.sla.SlaWatch;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A requester's SLA: its attainment over the last three months of its own calendar (the figures of the SLA
 * attainment page, from {@link SlaAttainment}) and its open clocks with the nearest deadlines. An organisation
 * without a plan is told so in a sentence instead.
 */
@org.springframework.stereotype.Component
class SlaAttainmentBlock implements DashboardBlock {

    static final String ID = "dashboard-sla-attainment";
    static final int MONTHS = 3;

    private final SlaPlans plans;
    private final SlaAttainment attainment;
    private final SlaWatch watch;
    private final ViewerTime viewerTime;

    SlaAttainmentBlock(SlaPlans plans, SlaAttainment attainment, SlaWatch watch, ViewerTime viewerTime) {
        this.plans = plans;
        this.attainment = attainment;
        this.watch = watch;
        this.viewerTime = viewerTime;
    }

    @Override
    public Set<DashboardAudience> audiences() {
        return Set.of(DashboardAudience.REQUESTER);
    }

    @Override
    public DashboardSection section() {
        return DashboardSection.OUR_SYSTEMS;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Optional<Component> blockFor(DashboardAudience audience) {
        UI ui = UI.getCurrent();
        Optional<MyPlan> plan = plans.myPlan();
        if (plan.isEmpty()) {
            return Optional.of(new DashboardCard(ID, ui.getTranslation("dashboard.sla.attainment.title"),
                    DashboardCard.nothing(ui.getTranslation("dashboard.sla.no-plan"))));
        }
        AttainmentChoices choices = attainment.choices();
        if (choices.preselected() == null) {
            return Optional.empty();
        }
        long organisationId = choices.preselected().id();
        YearMonth current = attainment.currentMonth(organisationId);
        List<Attainment> months = new ArrayList<>();
        for (int back = MONTHS - 1; back >= 0; back--) {
            months.add(attainment.forMonth(organisationId, current.minusMonths(back)));
        }
        ChartCard card = new ChartCard(ID, chart(ui, months));
        card.with(new Paragraph(ui.getTranslation("dashboard.sla.plan", plan.get().name())));
        months.forEach(month -> card.with(new Paragraph(monthInWords(ui, month))));
        OpenClocks open = watch.openClocks();
        Paragraph counts = new Paragraph(ui.getTranslation("dashboard.sla.open", open.onTrack(), open.atRiskOnly(),
                open.breached(), open.paused()));
        counts.setId(ID + "-open");
        card.with(counts, new H4(ui.getTranslation("dashboard.sla.deadlines")));
        var deadlines = watch.nextDeadlines();
        card.with(deadlines.isEmpty() ? DashboardCard.nothing(ui.getTranslation("dashboard.sla.deadlines.none"))
                : new DeadlineList(ID + "-deadlines", deadlines, viewerTime, viewerTime.clock().instant()));
        card.withLink(ui.getTranslation("dashboard.sla.see-attainment"), "sla/attainment");
        return Optional.of(card);
    }

    /**
     * The share within target per month and target, in percent. A month with nothing measured is left out of the
     * chart (a bar of 0 would read as every target missed; its line below says "nothing measured"), and the bars lead
     * nowhere of their own: the attainment page opens on the current month, the card's link goes there.
     */
    private static ChartData chart(UI ui, List<Attainment> allMonths) {
        Locale locale = ui.getLocale();
        List<Attainment> months = allMonths.stream()
                .filter(m -> m.firstResponse().ratio() != null || m.resolution().ratio() != null).toList();
        List<String> categories = months.stream().map(m -> LocalisedFormats.month(m.month(), locale)).toList();
        var firstResponse = ChartData.Series.of(ui.getTranslation("sla.target.FIRST_RESPONSE"),
                months.stream().map(m -> percent(m.firstResponse())).toList());
        var resolution = ChartData.Series.of(ui.getTranslation("sla.target.RESOLUTION"),
                months.stream().map(m -> percent(m.resolution())).toList());
        String summary = String.join(" ", allMonths.stream().map(m -> monthInWords(ui, m)).toList());
        return new ChartData(ui.getTranslation("dashboard.sla.attainment.title"), ChartData.Kind.BARS,
                ui.getTranslation("dashboard.sla.attainment.month"), ui.getTranslation("dashboard.sla.attainment.percent"),
                categories, List.of(firstResponse, resolution), summary);
    }

    private static double percent(Attainment.Share share) {
        Double ratio = share.ratio();
        return ratio == null ? 0 : Math.round(ratio * 1000) / 10.0;
    }

    /** "November 2026: First response within target: 90 % (9 of 10). Resolution: nothing measured this month." */
    static String monthInWords(UI ui, Attainment month) {
        return ui.getTranslation("dashboard.sla.attainment.month-line",
                LocalisedFormats.month(month.month(), ui.getLocale()),
                share(ui, "sla.target.FIRST_RESPONSE", month.firstResponse()),
                share(ui, "sla.target.RESOLUTION", month.resolution()));
    }

    /** The attainment page's own sentence for a share. */
    private static String share(UI ui, String targetKey, Attainment.Share share) {
        Double ratio = share.ratio();
        return ratio == null ? ui.getTranslation("sla.attainment.share-none", ui.getTranslation(targetKey))
                : ui.getTranslation("sla.attainment.share", ui.getTranslation(targetKey),
                        LocalisedFormats.percent(ratio, ui.getLocale()), share.withinTarget(), share.measured());
    }
}
