package app.ponte.roadmap.ui;

import app.ponte.base.ui.Days;
import app.ponte.dashboard.DashboardAudience;
import app.ponte.dashboard.DashboardSection;
import app.ponte.dashboard.ui.DashboardBlock;
import app.ponte.dashboard.ui.DashboardCard;
import app.ponte.roadmap.ChangelogLine;
import app.ponte.roadmap.Deliveries;
import app.ponte.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.PageRequest;

/** The latest entries of a requester's changelog (the page's own read, its first five lines), leading to it. */
@org.springframework.stereotype.Component
class ChangelogBlock implements DashboardBlock {

    static final String ID = "dashboard-roadmap-changelog";
    static final int SHOWN = 5;

    private final Deliveries deliveries;
    private final CurrentUser currentUser;

    ChangelogBlock(Deliveries deliveries, CurrentUser currentUser) {
        this.deliveries = deliveries;
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
        return 22;
    }

    @Override
    public Optional<Component> blockFor(DashboardAudience audience) {
        UI ui = UI.getCurrent();
        List<ChangelogLine> latest = deliveries.changelog(currentUser.require().requireActive().organisationId(),
                PageRequest.of(0, SHOWN)).getContent();
        DashboardCard card = new DashboardCard(ID, ui.getTranslation("dashboard.roadmap.changelog.title"));
        if (latest.isEmpty()) {
            card.with(DashboardCard.nothing(ui.getTranslation("dashboard.roadmap.changelog.none")));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("roadmap-dashboard-list");
            for (ChangelogLine line : latest) {
                Span title = new Span(line.title());
                title.addClassName("roadmap-dashboard-name");
                Span when = new Span(ui.getTranslation("dashboard.roadmap.changelog.line",
                        Days.format(line.publishedOn(), ui.getLocale()), line.whatChanged()));
                when.addClassName("roadmap-dashboard-detail");
                list.add(new ListItem(title, when));
            }
            card.with(list);
        }
        return Optional.of(card.withLink(ui.getTranslation("dashboard.roadmap.changelog.link"), "changelog"));
    }
}
