package app.ponte.planning.ui;

import app.ponte.base.ui.LocalisedFormats;
import app.ponte.dashboard.ChartData;
import app.ponte.dashboard.DashboardAudience;
import app.ponte.dashboard.DashboardSection;
import app.ponte.dashboard.ui.ChartCard;
import app.ponte.dashboard.ui.DashboardBlock;
import app.ponte.dashboard.ui.DashboardCard;
import app.ponte.planning.ConflictCount;
import app.ponte.planning.ConflictOverview;
import app.ponte.planning.DecisionDue;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The team's open conflicts by kind (each bar leading to the Conflicts view's open list of that kind, which shows the
 * same number of rows) and the next decisions the team asked for itself by a date, with the request and the
 * organisations named.
 */
@SpringComponent
class ConflictsByKindBlock implements DashboardBlock {

    static final String ID = "dashboard-planning-conflicts-by-kind";
    static final int DECISIONS_SHOWN = 5;

    private final ConflictOverview overview;

    ConflictsByKindBlock(ConflictOverview overview) {
        this.overview = overview;
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
        return 30;
    }

    @Override
    public Optional<Component> blockFor(DashboardAudience audience) {
        List<ConflictCount> counts = overview.openByKind();
        var card = new ChartCard(ID, chart(counts));
        card.with(new Decisions(overview.nextDecisions(DECISIONS_SHOWN)));
        card.withLink(I18NProvider.translate("dashboard.planning.conflicts-by-kind.link"),
                ConflictsView.openOf(null));
        return Optional.of(card);
    }

    static ChartData chart(List<ConflictCount> counts) {
        List<String> kinds = counts.stream().map(c -> I18NProvider.translate(c.kind().labelKey())).toList();
        List<Double> values = counts.stream().map(c -> (double) c.count()).toList();
        List<@Nullable String> links = counts.stream().map(c -> (@Nullable String) ConflictsView.openOf(c.kind()))
                .toList();
        String said = counts.stream().map(c -> I18NProvider.translate("dashboard.planning.conflicts-by-kind.part",
                I18NProvider.translate(c.kind().labelKey()), c.count())).collect(Collectors.joining("; "));
        return new ChartData(I18NProvider.translate("dashboard.planning.conflicts-by-kind.title"), ChartData.Kind.BARS,
                I18NProvider.translate("dashboard.planning.conflicts-by-kind.kind"),
                I18NProvider.translate("dashboard.planning.conflicts-by-kind.open"), kinds,
                List.of(new ChartData.Series(I18NProvider.translate("dashboard.planning.conflicts-by-kind.open"),
                        values, links)),
                I18NProvider.translate("dashboard.planning.conflicts-by-kind.summary",
                        counts.stream().mapToLong(ConflictCount::count).sum(), said));
    }

    /** The next decisions due: day, request (a link), the organisations on both sides and the system. */
    static class Decisions extends Div {

        Decisions(List<DecisionDue> due) {
            setId(ID + "-decisions");
            add(new H4(getTranslation("dashboard.planning.decisions.title")));
            if (due.isEmpty()) {
                add(DashboardCard.nothing(getTranslation("dashboard.planning.decisions.none")));
                return;
            }
            var list = new UnorderedList();
            for (DecisionDue decision : due) {
                String sides = decision.requesterOrganisation().equals(decision.affectedOrganisation())
                        ? decision.requesterOrganisation()
                        : getTranslation("dashboard.planning.decisions.sides", decision.requesterOrganisation(),
                                decision.affectedOrganisation());
                var item = new ListItem(
                        new Span(getTranslation("dashboard.planning.decisions.by",
                                LocalisedFormats.day(decision.decideBy(), getLocale())) + " "),
                        new Anchor("requests/" + decision.requestId(),
                                LocalisedFormats.request(this, decision.requestId(), decision.requestTitle())),
                        new Span(" " + getTranslation("dashboard.planning.decisions.what",
                                getTranslation(decision.kind().labelKey()), sides,
                                decision.systemName() == null ? getTranslation("dashboard.planning.decisions.no-system")
                                        : decision.systemName())));
                item.addClassName("dashboard-planning-decision");
                list.add(item);
            }
            add(list);
        }
    }
}
