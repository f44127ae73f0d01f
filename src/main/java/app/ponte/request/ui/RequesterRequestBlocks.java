package app.ponte.request.ui;

import app.ponte.base.ui.ViewerTime;
import app.ponte.dashboard.ChartData;
import app.ponte.dashboard.DashboardAudience;
import app.ponte.dashboard.DashboardSection;
import app.ponte.dashboard.ui.ChartCard;
import app.ponte.dashboard.ui.DashboardBlock;
import app.ponte.dashboard.ui.DashboardCard;
import app.ponte.request.OpenRequest;
import app.ponte.request.RequestDashboard;
import app.ponte.request.RequestKind;
import app.ponte.request.RequestStatus;
import app.ponte.request.StatusKindCount;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A requester's request blocks (departments and clients, their organisation's own requests only): the requests by
 * status and kind, the ones waiting longest, and those waiting for the requester's answer. Every figure leads to
 * "Our requests" filtered to what it counts ({@link RequestListLink#ours}).
 */
final class RequesterRequestBlocks {

    static final int ROWS = 5;

    private RequesterRequestBlocks() {
    }

    /** {@code dashboard-requests-by-status}: the organisation's own requests, a bar per status, stacked by kind. */
    @org.springframework.stereotype.Component
    static class ByStatus extends Requester {

        ByStatus(RequestDashboard dashboard) {
            super(dashboard, 10);
        }

        @Override
        public Optional<Component> blockFor(DashboardAudience audience) {
            UI ui = UI.getCurrent();
            Map<RequestStatus, Map<RequestKind, Long>> counts = new EnumMap<>(RequestStatus.class);
            for (StatusKindCount count : dashboard.oursByStatusAndKind()) {
                counts.computeIfAbsent(count.status(), s -> new EnumMap<>(RequestKind.class))
                        .put(count.kind(), count.count());
            }
            List<RequestStatus> statuses = List.copyOf(counts.keySet());
            List<ChartData.Series> series = new ArrayList<>();
            for (RequestKind kind : RequestKind.values()) {
                if (counts.values().stream().noneMatch(byKind -> byKind.containsKey(kind))) {
                    continue;
                }
                List<Double> values = new ArrayList<>();
                List<@Nullable String> links = new ArrayList<>();
                for (RequestStatus status : statuses) {
                    long value = counts.get(status).getOrDefault(kind, 0L);
                    values.add((double) value);
                    links.add(value == 0 ? null : RequestListLink.ours(status, kind));
                }
                series.add(new ChartData.Series(ui.getTranslation(kind.labelKey()), values, links));
            }
            var data = new ChartData(ui.getTranslation("dashboard.requests.by-status.title"),
                    ChartData.Kind.STACKED_BARS, ui.getTranslation("dashboard.requests.by-status.category"),
                    ui.getTranslation("dashboard.requests.count"),
                    statuses.stream().map(status -> ui.getTranslation(status.labelKey(true))).toList(), series, null);
            var card = new ChartCard("dashboard-requests-by-status", data);
            if (statuses.isEmpty()) {
                card.with(DashboardCard.nothing(ui.getTranslation("dashboard.requests.by-status.none")));
            }
            card.withLink(ui.getTranslation("dashboard.requests.all-ours"), RequestListLink.ours(null, null));
            return Optional.of(card);
        }
    }

    /** {@code dashboard-requests-oldest}: the organisation's open requests filed first, each a link to its page. */
    @org.springframework.stereotype.Component
    static class Oldest extends Requester {

        private final ViewerTime viewerTime;

        Oldest(RequestDashboard dashboard, ViewerTime viewerTime) {
            super(dashboard, 11);
            this.viewerTime = viewerTime;
        }

        @Override
        public Optional<Component> blockFor(DashboardAudience audience) {
            UI ui = UI.getCurrent();
            var card = new DashboardCard("dashboard-requests-oldest", ui.getTranslation("dashboard.requests.oldest.title"));
            List<OpenRequest> oldest = dashboard.oursOldestOpen(ROWS);
            card.with(oldest.isEmpty() ? DashboardCard.nothing(ui.getTranslation("dashboard.requests.oldest.none"))
                    : rows(ui, oldest, viewerTime.clock().instant(), "dashboard-requests-oldest"));
            card.withLink(ui.getTranslation("dashboard.requests.all-ours"), RequestListLink.ours(null, null));
            return Optional.of(card);
        }
    }

    /**
     * {@code dashboard-requests-your-answer}: how many of the organisation's requests wait for its answer (a
     * question from the team), a link to them in "Our requests", and the ones waiting longest. The request feature
     * asks nothing else of a requester by a date; feedback forms are the feedback feature's block.
     */
    @org.springframework.stereotype.Component
    static class YourAnswer extends Requester {

        private final ViewerTime viewerTime;

        YourAnswer(RequestDashboard dashboard, ViewerTime viewerTime) {
            super(dashboard, 12);
            this.viewerTime = viewerTime;
        }

        @Override
        public Optional<Component> blockFor(DashboardAudience audience) {
            UI ui = UI.getCurrent();
            String id = "dashboard-requests-your-answer";
            var card = new DashboardCard(id, ui.getTranslation("dashboard.requests.your-answer.title"));
            long waiting = dashboard.oursWaitingCount();
            if (waiting == 0) {
                card.with(DashboardCard.nothing(ui.getTranslation("dashboard.requests.your-answer.none")));
                return Optional.of(card);
            }
            var figure = new Anchor(RequestListLink.ours(RequestStatus.WAITING_FOR_REQUESTER, null),
                    ui.getTranslation("dashboard.requests.your-answer.count", waiting));
            figure.setId(id + "-count");
            figure.addClassName("dashboard-requests-figure");
            card.with(new Paragraph(figure),
                    rows(ui, dashboard.oursWaiting(ROWS), viewerTime.clock().instant(), id));
            return Optional.of(card);
        }
    }

    /** A short list of requests: number and title as a link to the request, its status and age. */
    static UnorderedList rows(UI ui, List<OpenRequest> requests, Instant now, String id) {
        var list = new UnorderedList();
        list.setId(id + "-list");
        list.addClassName("dashboard-requests-rows");
        for (OpenRequest request : requests) {
            var link = new Anchor("requests/" + request.id(),
                    ui.getTranslation("request.number", request.id()) + " " + request.title());
            long days = Math.max(0, Duration.between(request.createdAt(), now).toDays());
            var detail = new Span(ui.getTranslation("dashboard.requests.row-detail",
                    ui.getTranslation(request.status().labelKey(true)), days));
            detail.addClassName("dashboard-requests-row-detail");
            list.add(new ListItem(link, detail));
        }
        return list;
    }

    /** What the requester's blocks share: their audience and section, and the figures' service. */
    abstract static class Requester implements DashboardBlock {

        final RequestDashboard dashboard;
        private final int order;

        Requester(RequestDashboard dashboard, int order) {
            this.dashboard = dashboard;
            this.order = order;
        }

        @Override
        public Set<DashboardAudience> audiences() {
            return Set.of(DashboardAudience.REQUESTER);
        }

        @Override
        public DashboardSection section() {
            return DashboardSection.OUR_REQUESTS;
        }

        @Override
        public int order() {
            return order;
        }
    }
}
