package app.ponte.request.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import app.ponte.base.ui.FilterSelect;
import app.ponte.base.ui.LocalisedDatePicker;
import app.ponte.base.ui.ViewerTime;
import app.ponte.request.RequestFilter;
import app.ponte.request.RequestKind;
import app.ponte.request.RequestStatus;
import app.ponte.request.RequestSummary;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.component.html.Anchor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;

/**
 * A lazy list of requests with the filters every list shares (title words, kind, status); a row opens
 * the request. The lists differ in where their rows come from and in the extra columns and filters
 * they add, so the owner passes the fetch and adds those.
 */
class RequestGrid extends VerticalLayout {

    final TextField search = new TextField();
    final FilterSelect<RequestKind> kind;
    final FilterSelect<RequestStatus> status;
    final DatePicker filedSince = new DatePicker();
    final Grid<RequestSummary> grid = new Grid<>();
    final HorizontalLayout toolbar = new HorizontalLayout();

    final Anchor export;

    private final ZoneId viewerZone;
    /** The days the status cells of the rows read so far come with (see {@link #datedBy}). */
    private final Map<Long, LocalDate> statusDays = new HashMap<>();
    private List<RequestStatusDates> statusDates = List.of();

    RequestGrid(ViewerTime viewerTime, BiFunction<RequestFilter, Pageable, Slice<RequestSummary>> fetch,
            Function<RequestFilter, List<RequestSummary>> exportRows, UnaryOperator<RequestFilter> extraFilters) {
        this.viewerZone = viewerTime.zone();
        setPadding(false);
        setSizeFull();
        search.setPlaceholder(getTranslation("requests.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        kind = new FilterSelect<>(null, getTranslation("requests.all-kinds"), List.of(RequestKind.values()),
                k -> k == null ? getTranslation("requests.all-kinds") : getTranslation(k.labelKey()));
        kind.addValueChangeListener(e -> refresh());
        status = new FilterSelect<>(null, getTranslation("requests.all-statuses"), List.of(RequestStatus.values()),
                s -> s == null ? getTranslation("requests.all-statuses") : getTranslation(s.labelKey()));
        status.addValueChangeListener(e -> refresh());
        // The download runs outside the UI lock; the filters and the translated rows are read under it.
        export = new Anchor(event -> {
            var out = new ByteArrayOutputStream();
            event.getUI().accessSynchronously(() -> writeCsv(viewerTime, exportRows, extraFilters, out));
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
        filedSince.addValueChangeListener(e -> refresh());
        toolbar.add(search, kind, status, filedSince, export);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        grid.addColumn(RequestSummary::id).setHeader(getTranslation("requests.column.id")).setKey("id")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RequestSummary::title).setHeader(getTranslation("requests.column.title")).setKey("title")
                .setFlexGrow(3);
        grid.addColumn(r -> getTranslation(r.kind().labelKey())).setHeader(getTranslation("requests.column.kind"))
                .setKey("kind").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> StatusLabel.text(this, getLocale(), r.status(), statusDays.get(r.id()), false))
                .setHeader(getTranslation("requests.column.status")).setKey("status").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.supportedOnly() ? getTranslation("requests.supported") : r.requesterName()).setHeader(getTranslation("requests.column.requester"))
                .setKey("requester").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> viewerTime.format(r.createdAt(), getLocale()))
                .setHeader(getTranslation("requests.column.created")).setKey("created").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("requests/" + e.getItem().id())));
        grid.setItems(query -> {
            List<RequestSummary> rows = fetch.apply(extraFilters.apply(currentFilter()), toSpringPageRequest(query))
                    .getContent();
            statusDays.putAll(StatusLabel.days(statusDates, rows.stream().filter(r -> StatusLabel.dated(r.status()))
                    .map(RequestSummary::id).toList()));
            return rows.stream();
        });
        grid.setSizeFull();
        add(toolbar, grid);
    }

    private void writeCsv(ViewerTime viewerTime, Function<RequestFilter, List<RequestSummary>> exportRows,
            UnaryOperator<RequestFilter> extraFilters, ByteArrayOutputStream out) {
        try {
            new RequestCsv(this, getLocale(), viewerTime).write(() -> exportRows.apply(extraFilters.apply(currentFilter())), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    RequestFilter currentFilter() {
        return new RequestFilter(search.getValue(), kind.chosen().orElse(null), status.chosen().orElse(null), null,
                null, false)
                .filedSince(filedSince.getValue() == null ? null
                        : filedSince.getValue().atStartOfDay(viewerZone).toInstant());
    }

    /** Planned requests' status cells come with the day committed for them, read a page at a time from these. */
    void datedBy(List<RequestStatusDates> sources) {
        this.statusDates = List.copyOf(sources);
        refresh();
    }

    void refresh() {
        statusDays.clear();
        grid.getDataProvider().refreshAll();
    }
}
