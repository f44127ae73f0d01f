package app.ponte.request.ui;

import app.ponte.base.ui.ViewerTime;
import app.ponte.dashboard.ChartData;
import app.ponte.dashboard.DashboardAudience;
import app.ponte.dashboard.DashboardSection;
import app.ponte.dashboard.ui.ChartCard;
import app.ponte.dashboard.ui.DashboardBlock;
import app.ponte.dashboard.ui.DashboardCard;
import app.ponte.request.AgeBucket;
import app.ponte.request.OrganisationCount;
import app.ponte.request.QueueFigures;
import app.ponte.request.RequestDashboard;
import app.ponte.request.RequestStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The team's queue blocks: open requests by age and by organisation, and the figures to act on (unassigned,
 * waiting for the requester, new today). Every figure leads to the inbox filtered to exactly what it counts
 * ({@link RequestListLink}), open requests only as the inbox opens.
 */
final class TeamRequestBlocks {

    /** The organisations named on the chart; the others share one bar. */
    static final int TOP_ORGANISATIONS = 10;

    private TeamRequestBlocks() {
    }

    /** {@code dashboard-requests-age}: open requests by how long ago they were filed. */
    @org.springframework.stereotype.Component
    static class Age extends Team {

        Age(RequestDashboard dashboard) {
            super(dashboard, 10);
        }

        @Override
        public Optional<Component> blockFor(DashboardAudience audience) {
            UI ui = UI.getCurrent();
            Map<AgeBucket, Long> counts = dashboard.openByAge();
            List<Double> values = new ArrayList<>();
            List<@Nullable String> links = new ArrayList<>();
            counts.forEach((bucket, count) -> {
                values.add(count.doubleValue());
                links.add(RequestListLink.inbox(bucket));
            });
            var data = new ChartData(ui.getTranslation("dashboard.requests.age.title"), ChartData.Kind.BARS,
                    ui.getTranslation("dashboard.requests.age.category"), ui.getTranslation("dashboard.requests.count"),
                    counts.keySet().stream().map(bucket -> ui.getTranslation(bucket.labelKey())).toList(),
                    List.of(new ChartData.Series(ui.getTranslation("dashboard.requests.open"), values, links)), null);
            var card = new ChartCard("dashboard-requests-age", data);
            card.withLink(ui.getTranslation("dashboard.requests.inbox"), RequestListLink.INBOX);
            return Optional.of(card);
        }
    }

    /** {@code dashboard-requests-by-organisation}: open requests of the organisations with the most, the rest as one. */
    @org.springframework.stereotype.Component
    static class ByOrganisation extends Team {

        ByOrganisation(RequestDashboard dashboard) {
            super(dashboard, 11);
        }

        @Override
        public Optional<Component> blockFor(DashboardAudience audience) {
            UI ui = UI.getCurrent();
            RequestDashboard.OpenByOrganisation open = dashboard.openByOrganisation(TOP_ORGANISATIONS);
            List<String> names = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            List<@Nullable String> links = new ArrayList<>();
            for (OrganisationCount organisation : open.top()) {
                names.add(organisation.organisationName());
                values.add((double) organisation.count());
                links.add(RequestListLink.NONE.withOrganisation(organisation.organisationId()).toInbox());
            }
            if (open.others() > 0) {
                names.add(ui.getTranslation("dashboard.requests.by-organisation.others"));
                values.add((double) open.others());
                links.add(null);
            }
            var data = new ChartData(ui.getTranslation("dashboard.requests.by-organisation.title"),
                    ChartData.Kind.HORIZONTAL_BARS, ui.getTranslation("dashboard.requests.by-organisation.category"),
                    ui.getTranslation("dashboard.requests.count"), names,
                    List.of(new ChartData.Series(ui.getTranslation("dashboard.requests.open"), values, links)), null);
            var card = new ChartCard("dashboard-requests-by-organisation", data);
            card.withLink(ui.getTranslation("dashboard.requests.inbox"), RequestListLink.INBOX);
            return Optional.of(card);
        }
    }

    /** {@code dashboard-requests-queue}: unassigned, waiting for the requester, new today; each a filtered inbox. */
    @org.springframework.stereotype.Component
    static class Queue extends Team {

        private final ViewerTime viewerTime;

        Queue(RequestDashboard dashboard, ViewerTime viewerTime) {
            super(dashboard, 12);
            this.viewerTime = viewerTime;
        }

        @Override
        public Optional<Component> blockFor(DashboardAudience audience) {
            UI ui = UI.getCurrent();
            String id = "dashboard-requests-queue";
            // "Today" is the viewer's, as the inbox's "filed since" date reads it.
            LocalDate today = LocalDate.now(viewerTime.clock().withZone(viewerTime.zone()));
            QueueFigures figures = dashboard.queue(today.atStartOfDay(viewerTime.zone()).toInstant());
            var list = new UnorderedList(
                    figure(ui, id + "-unassigned", "dashboard.requests.queue.unassigned", figures.unassigned(),
                            RequestListLink.NONE.withUnassigned().toInbox()),
                    figure(ui, id + "-waiting", "dashboard.requests.queue.waiting", figures.waitingForRequester(),
                            RequestListLink.NONE.withStatusAndKind(RequestStatus.WAITING_FOR_REQUESTER, null)
                                    .toInbox()),
                    figure(ui, id + "-new-today", "dashboard.requests.queue.new-today", figures.newToday(),
                            RequestListLink.NONE.withFiledSince(today).toInbox()));
            list.addClassName("dashboard-requests-figures");
            return Optional.of(new DashboardCard(id, ui.getTranslation("dashboard.requests.queue.title"), list));
        }

        private static ListItem figure(UI ui, String id, String key, long value, String href) {
            var link = new Anchor(href, ui.getTranslation(key, value));
            link.setId(id);
            link.addClassName("dashboard-requests-figure");
            return new ListItem(link);
        }
    }

    /** What the team's blocks share: their audience and section, and the figures' service. */
    abstract static class Team implements DashboardBlock {

        final RequestDashboard dashboard;
        private final int order;

        Team(RequestDashboard dashboard, int order) {
            this.dashboard = dashboard;
            this.order = order;
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
            return order;
        }
    }
}
