package app.ponte.dashboard.ui;

import app.ponte.base.ui.NarrowScreen;
import app.ponte.base.ui.ViewerTime;
import app.ponte.dashboard.HealthColumn;
import app.ponte.dashboard.HealthRow;
import app.ponte.dashboard.RelationshipHealth;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.shared.Tooltip;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.List;

/**
 * The relationship health card: a lazy grid (a page of 50 at a time, sorted by any column on the server's index),
 * worst first on the first signal by default, each cell a value with its level's word; the rules with their
 * thresholds below it; when the figures were computed; for administrators a button that measures again at once.
 * Below {@link NarrowScreen#WIDTH_PX} each row becomes a card.
 */
class HealthCard extends DashboardCard {

    static final String ID = "dashboard-health";
    static final String NAME = "name";
    static final String CARD = "card";

    private final RelationshipHealth health;
    private final ViewerTime viewerTime;
    private final List<HealthColumn> columns;
    final Grid<HealthRow> grid = new Grid<>();
    private final Grid.Column<HealthRow> card;
    private boolean narrow;

    HealthCard(RelationshipHealth health, ViewerTime viewerTime, boolean mayRecompute) {
        super(ID, I18NProvider.translate("dashboard.health.title"));
        this.health = health;
        this.viewerTime = viewerTime;
        this.columns = health.columns();
        addClassName("health-card");
        grid.setId(ID + "-grid");
        grid.addClassName("health-grid");
        grid.setPageSize(50);
        Grid.Column<HealthRow> name = grid.addComponentColumn(this::organisation).setKey(NAME).setSortProperty(NAME)
                .setHeader(getTranslation("dashboard.health.organisation")).setWidth("11rem").setFlexGrow(0)
                .setFrozen(true);
        // Narrow columns with headers on two lines: the eight signals fit a laptop's width, the name stays put.
        for (HealthColumn column : columns) {
            grid.addComponentColumn(row -> HealthFormats.cell(this, column, row.values().get(column.key())))
                    .setKey(column.key()).setSortProperty(column.key()).setHeader(header(column))
                    .setWidth(RelationshipHealth.OVERALL.equals(column.key()) ? "10rem" : "7.5rem").setFlexGrow(1);
        }
        card = grid.addComponentColumn(this::card).setKey(CARD).setHeader(getTranslation("dashboard.health.title"));
        card.setVisible(false);
        grid.setItems(query -> health.page(sortKey(query.getSortOrders()), worstFirst(query.getSortOrders()),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.sort(defaultOrder(name));
        with(grid, rules());
        if (mayRecompute) {
            Button recompute = new Button(getTranslation("dashboard.health.recompute"), click -> recompute());
            recompute.setId(ID + "-recompute");
            with(recompute);
        }
        showComputedAt();
        NarrowScreen.follow(this, () -> narrow, this::narrow);
    }

    /** Worst first on the first signal; by name when there is none. */
    private List<GridSortOrder<HealthRow>> defaultOrder(Grid.Column<HealthRow> name) {
        if (columns.isEmpty()) {
            return List.of(new GridSortOrder<>(name, SortDirection.ASCENDING));
        }
        return List.of(new GridSortOrder<>(grid.getColumnByKey(columns.getFirst().key()), SortDirection.ASCENDING));
    }

    private String sortKey(List<QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return columns.isEmpty() ? null : columns.getFirst().key();
        }
        String key = orders.getFirst().getSorted();
        return NAME.equals(key) ? null : key;
    }

    /**
     * A signal's first click (the grid's ascending) puts the worst first, whichever way its values run: that is what
     * the team sorts a health column for. The name sorts A to Z first.
     */
    private boolean worstFirst(List<QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return true;
        }
        QuerySortOrder order = orders.getFirst();
        boolean ascending = order.getDirection() == SortDirection.ASCENDING;
        return NAME.equals(order.getSorted()) ? !ascending : ascending;
    }

    private Anchor organisation(HealthRow row) {
        Anchor link = new Anchor("inbox?organisation=" + row.organisationId(), row.organisationName());
        link.addClassName("health-organisation");
        return link;
    }

    private Span header(HealthColumn column) {
        Span header = new Span(getTranslation(column.labelKey()));
        header.addClassName("health-header");
        Tooltip.forComponent(header).setText(HealthFormats.rule(this, column));
        return header;
    }

    private Div card(HealthRow row) {
        Div card = new Div(organisation(row));
        card.addClassName("health-row-card");
        for (HealthColumn column : columns) {
            Span label = new Span(getTranslation(column.labelKey()));
            label.addClassName("health-row-card-label");
            Div line = new Div(label, HealthFormats.cell(this, column, row.values().get(column.key())));
            line.addClassName("health-row-card-line");
            card.add(line);
        }
        return card;
    }

    private Div rules() {
        H4 heading = new H4(getTranslation("dashboard.health.rules"));
        heading.setId(ID + "-rules-title");
        UnorderedList list = new UnorderedList();
        list.setId(ID + "-rules");
        list.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        columns.forEach(column -> list.add(new ListItem(getTranslation("dashboard.health.rule-line",
                getTranslation(column.labelKey()), HealthFormats.rule(this, column)))));
        Div rules = new Div(heading, list);
        rules.addClassName("health-rules");
        return rules;
    }

    private void recompute() {
        health.recompute();
        grid.getDataProvider().refreshAll();
        showComputedAt();
        Notification.show(getTranslation("dashboard.health.recomputed"));
    }

    private void showComputedAt() {
        getElement().getChildren().flatMap(element -> element.getChildren())
                .filter(element -> element.getClassList().contains("dashboard-computed-at")).toList()
                .forEach(element -> element.removeFromParent());
        health.computedAt().ifPresentOrElse(at -> computedAt(at, viewerTime),
                () -> with(nothing(getTranslation("dashboard.health.not-computed"))));
    }

    void narrow(boolean narrow) {
        this.narrow = narrow;
        NarrowScreen.showCards(grid, card, narrow);
    }

    boolean isNarrow() {
        return narrow;
    }
}
