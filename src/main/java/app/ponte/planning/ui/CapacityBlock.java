package app.ponte.planning.ui;

import app.ponte.base.ui.LocalisedFormats;
import app.ponte.dashboard.ChartData;
import app.ponte.dashboard.DashboardAudience;
import app.ponte.dashboard.DashboardSection;
import app.ponte.dashboard.ui.ChartCard;
import app.ponte.dashboard.ui.DashboardBlock;
import app.ponte.planning.CapacityWeek;
import app.ponte.planning.TeamCapacities;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.i18n.I18NProvider;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The team's capacity over the next {@value #WEEKS} weeks: the days it gives to requests each week against the days
 * the scheduled work takes, as the planning schedule spends them (two bars per week). Read from one sum over the
 * scheduled backlog items and the capacity table: light enough to need no cache.
 */
@com.vaadin.flow.spring.annotation.SpringComponent
class CapacityBlock implements DashboardBlock {

    static final String ID = "dashboard-planning-capacity";
    static final int WEEKS = 12;

    private final TeamCapacities capacities;

    CapacityBlock(TeamCapacities capacities) {
        this.capacities = capacities;
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
        return 31;
    }

    @Override
    public Optional<Component> blockFor(DashboardAudience audience) {
        var card = new ChartCard(ID, chart(capacities.outlook(WEEKS), LocalisedFormats.currentLocale()));
        card.withLink(I18NProvider.translate("dashboard.planning.capacity.link"), "planning-settings");
        return Optional.of(card);
    }

    static ChartData chart(List<CapacityWeek> weeks, Locale locale) {
        // the axis says "Week": each category is its Monday, short enough to read turned at an angle
        List<String> categories = weeks.stream().map(week -> LocalisedFormats.shortDay(week.monday(), locale))
                .toList();
        BigDecimal available = weeks.stream().map(CapacityWeek::available).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal committed = weeks.stream().map(CapacityWeek::committed).reduce(BigDecimal.ZERO, BigDecimal::add);
        long fullWeeks = weeks.stream().filter(w -> w.available().signum() > 0
                && w.committed().compareTo(w.available()) >= 0).count();
        String summary = I18NProvider.translate("dashboard.planning.capacity.summary", weeks.size(),
                LocalisedFormats.amount(available, locale), LocalisedFormats.amount(committed, locale), fullWeeks);
        return new ChartData(I18NProvider.translate("dashboard.planning.capacity.title", weeks.size()),
                ChartData.Kind.BARS, I18NProvider.translate("dashboard.planning.capacity.weeks"),
                I18NProvider.translate("dashboard.planning.capacity.days"), categories,
                List.of(ChartData.Series.of(I18NProvider.translate("dashboard.planning.capacity.available"),
                                weeks.stream().map(CapacityWeek::available).toList()),
                        ChartData.Series.of(I18NProvider.translate("dashboard.planning.capacity.committed"),
                                weeks.stream().map(CapacityWeek::committed).toList())),
                summary);
    }
}
