package app.ponte.request.ui;


import app.ponte.base.ui.CollapsibleFilters;
import app.ponte.base.ui.ColumnChooser;
import app.ponte.base.ui.FilterSelect;
import app.ponte.base.ui.LocalisedDatePicker;
import app.ponte.base.ui.NarrowScreen;
import app.ponte.base.ui.ViewerTime;
import app.ponte.request.RequestFilter;
import app.ponte.request.RequestKind;
import app.ponte.request.RequestLists;
import app.ponte.request.RequestStatus;
import app.ponte.request.RequestSummary;
import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;

/**
 * A lazy list of requests with the filters every list shares (title words, status with counts, kind, filed
 * since, at risk or breached) and the next SLA deadline (sortable by it); a row opens the request. The title takes the room left (its tooltip holds all of it), the kind
 * is a compact badge, the other columns can be resized and chosen. Below {@link #NARROW_PX} pixels the
 * rows become stacked cards, the filters fold behind one button and a choice of order stands in for the sortable
 * "next breach" header the cards do not show. The lists differ in where their rows
 * come from and in the extra columns and filters they add, so the owner passes the {@link Rows} and adds those.
 */
class RequestGrid extends VerticalLayout {

    /** Narrower windows than this (a phone held upright) get the card layout. */
    static final int NARROW_PX = NarrowScreen.WIDTH_PX;

    /** Where a list's rows, its export and its counts per status come from. */
    record Rows(BiFunction<RequestFilter, Pageable, Slice<RequestSummary>> page,
            Function<RequestFilter, List<RequestSummary>> export,
            Function<RequestFilter, Map<RequestStatus, Long>> countsByStatus) {
    }

    final TextField search = new TextField();
    final FilterSelect<RequestKind> kind;
    final Select<StatusChoice> status = new Select<>();
    final DatePicker filedSince = new DatePicker();
    final Checkbox atRisk = new Checkbox();
    final Grid<RequestSummary> grid = new Grid<>();
    final HorizontalLayout toolbar = new HorizontalLayout();
    final CollapsibleFilters filters = new CollapsibleFilters();
    final ColumnChooser columns;
    final Anchor export;
    final Grid.Column<RequestSummary> title;
    final Grid.Column<RequestSummary> card;
    final Grid.Column<RequestSummary> nextBreach;
    /** The phone's stand-in for the sortable column headers: newest first, or the next breach first. */
    final Select<Order> order = new Select<>();

    /** The orders a phone offers; the table says the same through its "next breach" header. */
    enum Order {
        NEWEST("requests.order.newest"), NEXT_BREACH("requests.order.next-breach");

        final String labelKey;

        Order(String labelKey) {
            this.labelKey = labelKey;
        }
    }

    private final ZoneId viewerZone;
    private final Clock clock;
    /** The days the status cells of the rows read so far come with (see {@link #datedBy}). */
    private final Map<Long, LocalDate> statusDays = new HashMap<>();
    private List<RequestStatusDates> statusDates = List.of();
    private final Rows rows;
    private final UnaryOperator<RequestFilter> extraFilters;
    private final List<Function<RequestSummary, String>> cardDetails = new ArrayList<>();
    private Map<RequestStatus, Long> counts = Map.of();
    private final Set<String> hiddenByDefault;
    private final List<Runnable> filterListeners = new ArrayList<>();
    private boolean settingFilters;
    private boolean narrow;
    private final boolean requesterSide;

    /**
     * @param requesterSide the list is the requesting organisation's own ("Waiting for you" on its own requests,
     *        not on those it only supports); otherwise the team's ("Waiting for requester")
     */
    RequestGrid(String name, ViewerTime viewerTime, Rows rows, UnaryOperator<RequestFilter> extraFilters,
            StatusChoice initialStatus, Set<String> hiddenByDefault, boolean requesterSide) {
        NarrowScreen.follow(this, () -> narrow, this::narrow);
        this.requesterSide = requesterSide;
        this.hiddenByDefault = hiddenByDefault;
        this.viewerZone = viewerTime.zone();
        this.clock = viewerTime.clock();
        this.rows = rows;
        this.extraFilters = extraFilters;
        setPadding(false);
        setSizeFull();
        addClassName("request-list");
        search.setPlaceholder(getTranslation("requests.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addClassName("request-search");
        kind = new FilterSelect<>(null, getTranslation("requests.all-kinds"), List.of(RequestKind.values()),
                k -> k == null ? getTranslation("requests.all-kinds") : getTranslation(k.labelKey()));
        status.setItems(StatusChoice.all());
        status.setItemLabelGenerator(choice -> getTranslation("requests.status-count",
                getTranslation(choice.labelKey(requesterSide)), choice.count(counts)));
        status.setValue(initialStatus);
        status.setAriaLabel(getTranslation("requests.column.status"));
        // The download runs outside the UI lock; the filters and the translated rows are read under it.
        export = new Anchor(event -> {
            var out = new ByteArrayOutputStream();
            event.getUI().accessSynchronously(() -> writeCsv(viewerTime, out));
            event.setFileName(getTranslation("requests.export-file"));
            event.setContentType("text/csv");
            try (var response = event.getOutputStream()) {
                out.writeTo(response);
            }
        }, getTranslation("requests.export"));
        export.setId("requests-export");
        LocalisedDatePicker.localise(filedSince);
        filedSince.setPlaceholder(getTranslation("requests.filed-since"));
        filedSince.setClearButtonVisible(true);
        atRisk.setLabel(getTranslation("requests.at-risk"));
        atRisk.setId(name + "-at-risk");
        filters.add(status, initialStatus).add(kind, null).add(filedSince, null).add(atRisk, false);
        columns = new ColumnChooser(name);
        order.setLabel(getTranslation("requests.order"));
        order.setId(name + "-order");
        order.setItems(Order.values());
        order.setItemLabelGenerator(o -> getTranslation(o.labelKey));
        order.setValue(Order.NEWEST);
        order.setVisible(false);
        order.addClassName("request-order");
        toolbar.add(search, order, filters, columns, export);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        toolbar.setWidthFull();
        toolbar.addClassName("request-toolbar");

        grid.addColumn(RequestSummary::id).setHeader(getTranslation("requests.column.id")).setKey("id")
                .setAutoWidth(true).setFlexGrow(0).setResizable(true);
        title = grid.addColumn(RequestSummary::title).setHeader(getTranslation("requests.column.title"))
                .setKey("title").setWidth("16em").setFlexGrow(1).setResizable(true)
                .setTooltipGenerator(RequestSummary::title);
        var kindColumn = grid.addColumn(LitRenderer.<RequestSummary>of(
                        "<span theme='badge small contrast' class='request-kind'>${item.kind}</span>")
                        .withProperty("kind", r -> getTranslation(r.kind().shortLabelKey())))
                .setHeader(getTranslation("requests.column.kind")).setKey("kind").setAutoWidth(true).setFlexGrow(0)
                .setTooltipGenerator(r -> getTranslation(r.kind().labelKey()));
        var statusColumn = grid.addColumn(this::statusText)
                .setHeader(getTranslation("requests.column.status")).setKey("status").setAutoWidth(true)
                .setFlexGrow(0);
        var requester = grid.addColumn(r -> r.supportedOnly() ? getTranslation("requests.supported") : r.requesterName()).setHeader(getTranslation("requests.column.requester"))
                .setKey("requester").setAutoWidth(true).setFlexGrow(0);
        var created = grid.addColumn(r -> viewerTime.format(r.createdAt(), getLocale()))
                .setHeader(getTranslation("requests.column.created")).setKey("created").setAutoWidth(true)
                .setFlexGrow(0);
        nextBreach = grid.addColumn(LitRenderer.<RequestSummary>of("""
                        <span class="sla-line">${item.line}</span> \
                        <span theme="badge small" class="sla-badge ${item.style}" ?hidden=${!item.badge}>\
                        ${item.badge}</span>""")
                        .withProperty("line", r -> SlaLabel.line(this, getLocale(), viewerZone, r.deadline(), now()))
                        .withProperty("badge", r -> SlaLabel.standing(this, r.deadline(), now()))
                        .withProperty("style", r -> SlaLabel.styleName(r.deadline(), now())))
                .setHeader(getTranslation("requests.column.next-breach")).setKey("nextBreach").setWidth("19em")
                .setFlexGrow(0).setSortable(true).setSortProperty(RequestLists.NEXT_BREACH)
                .setTooltipGenerator(r -> r.deadline().dueAt() == null ? null
                        : viewerTime.format(r.deadline().dueAt(), getLocale()));
        optional(kindColumn);
        optional(statusColumn);
        optional(nextBreach);
        optional(requester);
        optional(created);
        card = grid.addColumn(LitRenderer.<RequestSummary>of("""
                        <div class="request-card"><div class="request-card-top"><span>${item.number}</span>\
                        <span theme="badge small contrast">${item.kind}</span>\
                        <span theme="badge small">${item.status}</span>\
                        <span theme="badge small" class="sla-badge ${item.slaStyle}" ?hidden=${!item.sla}>${item.sla}</span>\
                        </div><div class="request-card-title">${item.title}</div>\
                        <div class="request-card-sla" ?hidden=${!item.slaLine}>${item.slaLine}</div>\
                        <div class="request-card-meta">${item.meta}</div></div>""")
                        .withProperty("number", r -> getTranslation("request.number", r.id()))
                        .withProperty("kind", r -> getTranslation(r.kind().shortLabelKey()))
                        .withProperty("status", this::statusText)
                        .withProperty("title", RequestSummary::title)
                        .withProperty("sla", r -> SlaLabel.standing(this, r.deadline(), now()))
                        .withProperty("slaStyle", r -> SlaLabel.styleName(r.deadline(), now()))
                        .withProperty("slaLine", r -> SlaLabel.line(this, getLocale(), viewerZone, r.deadline(), now()))
                        .withProperty("meta", this::cardMeta))
                .setHeader(getTranslation("requests.heading-cards")).setKey("card").setResizable(true);
        card.setVisible(false);
        cardDetails.add(r -> r.supportedOnly() ? getTranslation("requests.supported") : r.requesterName());
        cardDetails.add(r -> viewerTime.format(r.createdAt(), getLocale()));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("requests/" + e.getItem().id())));
        grid.setItems(query -> {
            List<RequestSummary> page = rows.page().apply(filter(), toSpringPageRequest(query)).getContent();
            statusDays.putAll(StatusLabel.days(statusDates, page.stream().filter(r -> StatusLabel.dated(r.status()))
                    .map(RequestSummary::id).toList()));
            return page.stream();
        });
        grid.setSizeFull();
        order.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue() != orderShown()) {
                grid.sort(e.getValue() == Order.NEXT_BREACH
                        ? List.of(new GridSortOrder<>(nextBreach, SortDirection.ASCENDING)) : List.of());
            }
        });
        grid.addSortListener(e -> {
            Order shown = orderShown();
            if (shown != null && shown != order.getValue()) {
                order.setValue(shown);
            }
        });
        add(toolbar, grid);
        recount();
        search.addValueChangeListener(e -> filtersChanged());
        kind.addValueChangeListener(e -> filtersChanged());
        status.addValueChangeListener(e -> filtersChanged());
        filedSince.addValueChangeListener(e -> filtersChanged());
        atRisk.addValueChangeListener(e -> filtersChanged());
    }

    private Instant now() {
        return clock.instant();
    }

    /** The order the grid is sorted by as the phone's choice says it; null for one it does not offer. */
    private @Nullable Order orderShown() {
        List<GridSortOrder<RequestSummary>> sorted = grid.getSortOrder();
        if (sorted.isEmpty()) {
            return Order.NEWEST;
        }
        return sorted.getFirst().getSorted() == nextBreach && sorted.getFirst().getDirection() == SortDirection.ASCENDING
                ? Order.NEXT_BREACH : null;
    }

    /** Runs when a filter is changed by hand (not while {@link #quietly} sets several at once). */
    void onFiltersChanged(Runnable listener) {
        filterListeners.add(listener);
    }

    /** A filter changed: tell the owner, then list and count again. */
    void filtersChanged() {
        if (!settingFilters) {
            filterListeners.forEach(Runnable::run);
            refresh();
        }
    }

    /** Sets several filters at once (e.g. a saved filter), listing and counting once afterwards. */
    void quietly(Runnable settingFilters) {
        this.settingFilters = true;
        try {
            settingFilters.run();
        } finally {
            this.settingFilters = false;
        }
        refresh();
    }

    /** Adds a column the person may hide and resize; the list's hidden-by-default ones start hidden. */
    void optional(Grid.Column<RequestSummary> column) {
        column.setResizable(true);
        columns.offer(column, column.getHeaderText(), !hiddenByDefault.contains(column.getKey()));
    }

    /** Puts a detail first on the phone's card (e.g. the organisation in the inbox). */
    void cardDetailFirst(Function<RequestSummary, String> detail) {
        cardDetails.addFirst(detail);
    }

    private String cardMeta(RequestSummary row) {
        return cardDetails.stream().map(detail -> detail.apply(row)).filter(Objects::nonNull)
                .filter(text -> !text.isBlank()).collect(Collectors.joining(" · "));
    }

    /**
     * The phone's layout (one stacked card per row, filters folded) or the table. One code path: the window's
     * width, read when the list is shown and on every resize, decides, and tests call it directly.
     */
    void narrow(boolean narrow) {
        this.narrow = narrow;
        columns.hold(narrow);
        order.setVisible(narrow);
        if (narrow) {
            grid.getColumns().forEach(column -> column.setVisible(column == card));
            grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        } else {
            card.setVisible(false);
            grid.getColumnByKey("id").setVisible(true);
            title.setVisible(true);
            grid.removeThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            filters.setOpen(false);
        }
        getElement().setAttribute("narrow", narrow);
    }

    boolean isNarrow() {
        return narrow;
    }

    private void writeCsv(ViewerTime viewerTime, ByteArrayOutputStream out) {
        try {
            new RequestCsv(this, getLocale(), viewerTime).write(() -> rows.export().apply(filter()), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shared filters as chosen; the owner adds its own ({@code extraFilters}). */
    RequestFilter currentFilter() {
        var chosen = status.getValue() == null ? StatusChoice.ANY : status.getValue();
        return chosen.applyTo(new RequestFilter(search.getValue(), kind.chosen().orElse(null), null, null, null, false)
                .filedSince(filedSince.getValue() == null ? null
                        : filedSince.getValue().atStartOfDay(viewerZone).toInstant()))
                .atRiskOnly(atRisk.getValue());
    }

    private RequestFilter filter() {
        return extraFilters.apply(currentFilter());
    }

    /** A row's status, for this list's reader: a request the organisation only supports is not waiting for it. */
    private String statusText(RequestSummary row) {
        return StatusLabel.text(this, getLocale(), row.status(), statusDays.get(row.id()), false,
                requesterSide && !row.supportedOnly());
    }

    /** Planned requests' status cells come with the day committed for them, read a page at a time from these. */
    void datedBy(List<RequestStatusDates> sources) {
        this.statusDates = List.copyOf(sources);
        refresh();
    }

    void refresh() {
        statusDays.clear();
        grid.getDataProvider().refreshAll();
        recount();
    }

    /** The counts the status filter shows, for the other filters as they stand. */
    private void recount() {
        counts = rows.countsByStatus().apply(filter());
        // Each item again rather than refreshAll(), which would clear the choice.
        StatusChoice chosen = status.getValue();
        status.getListDataView().getItems().forEach(status.getListDataView()::refreshItem);
        if (!Objects.equals(status.getValue(), chosen)) {
            boolean setting = settingFilters;
            settingFilters = true;
            status.setValue(chosen);
            settingFilters = setting;
        }
    }
}
