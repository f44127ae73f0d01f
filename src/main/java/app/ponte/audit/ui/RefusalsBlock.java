package app.ponte.audit.ui;

import app.ponte.audit.AuditTrail;
import app.ponte.audit.RefusalKind;
import app.ponte.audit.RefusalsPerDay;
import app.ponte.base.ui.ViewerTime;
import app.ponte.dashboard.ChartData;
import app.ponte.dashboard.DashboardAudience;
import app.ponte.dashboard.DashboardSection;
import app.ponte.dashboard.ui.ChartCard;
import app.ponte.dashboard.ui.DashboardBlock;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Refused access, failed and throttled sign-ins per day over the last week, in the administrator's zone: a bar chart
 * whose every bar leads to the audit trail of that day and kind, which lists as many entries as the bar counts.
 */
@org.springframework.stereotype.Component
class RefusalsBlock implements DashboardBlock {

    static final String ID = "dashboard-audit-refusals";
    static final int DAYS = 7;

    private final AuditTrail trail;
    private final ViewerTime viewerTime;

    RefusalsBlock(AuditTrail trail, ViewerTime viewerTime) {
        this.trail = trail;
        this.viewerTime = viewerTime;
    }

    @Override
    public Set<DashboardAudience> audiences() {
        return Set.of(DashboardAudience.ADMIN);
    }

    @Override
    public DashboardSection section() {
        return DashboardSection.ADMINISTRATION;
    }

    @Override
    public int order() {
        return 72;
    }

    @Override
    public Optional<Component> blockFor(DashboardAudience audience) {
        if (audience != DashboardAudience.ADMIN) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        ChartCard card = new ChartCard(ID, chart(trail.refusalsPerDay(viewerTime.zone(), DAYS), ui));
        card.withLink(ui.getTranslation("dashboard.admin.refusals.link"), "audit");
        return Optional.of(card);
    }

    /** The chart's data in the viewer's words: one category per day, one series per kind, a link per bar. */
    static ChartData chart(RefusalsPerDay refusals, UI ui) {
        Locale locale = ui.getLocale();
        DateTimeFormatter dayFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        List<String> categories = refusals.days().stream().map(dayFormat::format).toList();
        List<ChartData.Series> series = new ArrayList<>();
        List<Long> totals = new ArrayList<>();
        for (RefusalKind kind : RefusalKind.values()) {
            List<Double> values = IntStream.range(0, refusals.days().size())
                    .mapToObj(day -> (double) refusals.count(day, kind)).toList();
            List<@Nullable String> links = new ArrayList<>();
            refusals.days().forEach(day -> links.add("audit?day=" + day + "&refusal=" + kind.parameter()));
            series.add(new ChartData.Series(ui.getTranslation(kind.labelKey()), values, links));
            totals.add(values.stream().mapToLong(Double::longValue).sum());
        }
        String summary = ui.getTranslation("dashboard.admin.refusals.summary", refusals.days().size(),
                totals.get(0), totals.get(1), totals.get(2));
        return new ChartData(ui.getTranslation("dashboard.admin.refusals.title", refusals.days().size()),
                ChartData.Kind.BARS, ui.getTranslation("dashboard.admin.refusals.day"),
                ui.getTranslation("dashboard.admin.refusals.count"), categories, series, summary);
    }
}
