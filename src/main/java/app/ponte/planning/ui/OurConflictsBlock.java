package app.ponte.planning.ui;

import app.ponte.base.ui.LocalisedFormats;
import app.ponte.dashboard.DashboardAudience;
import app.ponte.dashboard.DashboardSection;
import app.ponte.dashboard.ui.DashboardBlock;
import app.ponte.dashboard.ui.DashboardCard;
import app.ponte.planning.ConflictConcern;
import app.ponte.planning.ConflictOverview;
import app.ponte.planning.ConflictsInvolving;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Optional;
import java.util.Set;

/**
 * A requester's open conflicts, in the plain words of the request page: on its own requests (each leading to the
 * request) or about its own freeze windows (the system and days only: another organisation's work stays unnamed),
 * with the decision date when the team asked for one.
 */
@SpringComponent
class OurConflictsBlock implements DashboardBlock {

    static final String ID = "dashboard-planning-conflicts";
    static final int SHOWN = 6;

    private final ConflictOverview overview;

    OurConflictsBlock(ConflictOverview overview) {
        this.overview = overview;
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
        return 31;
    }

    @Override
    public Optional<Component> blockFor(DashboardAudience audience) {
        return Optional.of(new ConflictsCard(overview.involvingMine(SHOWN)));
    }

    static class ConflictsCard extends DashboardCard {

        final Paragraph figure = new Paragraph();

        ConflictsCard(ConflictsInvolving involving) {
            super(ID, I18NProvider.translate("dashboard.planning.conflicts.title"));
            if (involving.total() == 0) {
                with(nothing(getTranslation("dashboard.planning.conflicts.none")));
                return;
            }
            figure.setText(getTranslation("dashboard.planning.conflicts.count", involving.total()));
            figure.addClassName("dashboard-planning-figure");
            var list = new UnorderedList();
            list.addClassName("dashboard-planning-conflicts-list");
            involving.shown().forEach(concern -> list.add(line(concern)));
            with(figure, list);
            long more = involving.total() - involving.shown().size();
            if (more > 0) {
                with(new Paragraph(getTranslation("dashboard.planning.conflicts.more", more)));
            }
        }

        private ListItem line(ConflictConcern concern) {
            var item = new ListItem();
            item.addClassName("dashboard-planning-conflict");
            if (concern.ownRequest()) {
                item.add(new Anchor("requests/" + concern.requestId(),
                        LocalisedFormats.request(this, concern.requestId(), concern.requestTitle())),
                        new Span(" " + ConflictNotices.sentence(this, concern.notice())));
            } else {
                item.add(new Span(ConflictNotices.aboutOwnWindow(this, concern.notice())));
            }
            return item;
        }
    }
}
