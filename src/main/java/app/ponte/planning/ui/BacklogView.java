package app.ponte.planning.ui;

import app.ponte.base.ui.LocalisedFormats;
import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import app.ponte.base.ui.Days;
import app.ponte.base.ui.FilterSelect;
import app.ponte.catalogue.SystemCatalogue;
import app.ponte.catalogue.SystemSummary;
import app.ponte.organisation.OrganisationSummary;
import app.ponte.organisation.Organisations;
import app.ponte.planning.Backlog;
import app.ponte.planning.BacklogFilter;
import app.ponte.planning.BacklogRow;
import app.ponte.planning.Lane;
import app.ponte.request.RequestKind;
import app.ponte.request.RequestStatus;
import app.ponte.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/**
 * The backlog board: every open request of every organisation in one ranking per lane, with its score,
 * the last manual move and its reason, and the dates the schedule gives. A request is moved with a reason,
 * after seeing what would slip.
 */
@Route("backlog")
@RolesAllowed({Roles.ADMIN, Roles.TEAM})
@Menu(order = 11, icon = "vaadin:list-ol", title = "nav.backlog")
class BacklogView extends VerticalLayout implements HasDynamicTitle {

    final Select<Lane> lane = new Select<>();
    final ComboBox<OrganisationSummary> organisation = new ComboBox<>();
    final FilterSelect<SystemSummary> system;
    final FilterSelect<RequestStatus> status;
    final FilterSelect<RequestKind> kind;
    final Grid<BacklogRow> grid = new Grid<>();
    final Button move = new Button();
    final MoveDialog dialog;

    private final Backlog backlog;
    private @Nullable BacklogRow dragged;

    BacklogView(Backlog backlog, Organisations organisations, SystemCatalogue catalogue) {
        this.backlog = backlog;
        this.dialog = new MoveDialog(backlog, this::refresh);
        setSizeFull();
        lane.setLabel(getTranslation("planning.lane"));
        lane.setItems(Lane.values());
        lane.setItemLabelGenerator(l -> getTranslation(l.labelKey()));
        lane.setValue(Lane.PRODUCT);
        organisation.setLabel(getTranslation("planning.filter.organisation"));
        organisation.setClearButtonVisible(true);
        organisation.setItemLabelGenerator(OrganisationSummary::name);
        organisation.setItems(query -> organisations.activeDepartmentsAndClients(query.getFilter().orElse(""),
                toSpringPageRequest(query)).stream());
        String any = getTranslation("planning.filter.any");
        system = new FilterSelect<>(getTranslation("planning.filter.system"), any,
                catalogue.list("", PageRequest.of(0, 1000)).getContent(), s -> s == null ? any : s.name());
        status = new FilterSelect<>(getTranslation("planning.filter.status"), any, List.of(RequestStatus.NEW,
                RequestStatus.TRIAGED, RequestStatus.PLANNED, RequestStatus.IN_PROGRESS,
                RequestStatus.WAITING_FOR_REQUESTER), s -> s == null ? any : getTranslation(s.labelKey()));
        kind = new FilterSelect<>(getTranslation("planning.filter.kind"), any, List.of(RequestKind.values()),
                k -> k == null ? any : getTranslation(k.labelKey()));
        lane.addValueChangeListener(e -> refresh());
        organisation.addValueChangeListener(e -> refresh());
        system.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        move.setText(getTranslation("planning.move"));
        move.setId("move-request");
        move.setEnabled(false);
        move.addClickListener(e -> grid.getSelectedItems().stream().findFirst().ifPresent(dialog::open));
        buildGrid();
        var filters = new HorizontalLayout(lane, organisation, system, status, kind, move);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new Paragraph(getTranslation("planning.board.intro")), filters, grid);
        refresh();
    }

    private void buildGrid() {
        grid.setId("backlog-grid");
        grid.setSizeFull();
        grid.addColumn(BacklogRow::position).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        // The title gets the room (the whole of it in the tooltip); the other columns keep to their content.
        grid.addComponentColumn(row -> {
            var link = new Anchor("requests/" + row.requestId(), row.title());
            link.addClassName("backlog-title");
            return link;
        }).setHeader(getTranslation("planning.column.request")).setKey("title").setWidth("18rem").setFlexGrow(3)
                .setResizable(true).setTooltipGenerator(BacklogRow::title);
        grid.addColumn(BacklogRow::organisationName).setHeader(getTranslation("planning.column.organisation"))
                .setAutoWidth(true);
        // The kind as a compact badge (its whole name and the severity in the tooltip), so the title has the room.
        grid.addColumn(LitRenderer.<BacklogRow>of("<span theme='badge small contrast'>${item.kind}</span>")
                        .withProperty("kind", row -> getTranslation(row.kind().shortLabelKey())
                                + (row.severity() == null ? "" : " · " + getTranslation(row.severity().labelKey()))))
                .setHeader(getTranslation("planning.column.kind")).setAutoWidth(true).setFlexGrow(0)
                .setTooltipGenerator(row -> getTranslation(row.kind().labelKey()));
        grid.addColumn(row -> getTranslation(row.status().labelKey())).setHeader(getTranslation("planning.column.status"))
                .setAutoWidth(true);
        grid.addColumn(row -> LocalisedFormats.decimal(row.score(), 1, getLocale())
                + (row.placedManually() ? " · " + getTranslation("planning.placed-by-hand") : ""))
                .setHeader(getTranslation("planning.column.score"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::movedLine).setHeader(getTranslation("planning.column.moved")).setWidth("12rem")
                .setFlexGrow(1).setResizable(true).setTooltipGenerator(this::movedLine);
        grid.addColumn(row -> Days.format(row.deadline(), getLocale()))
                .setHeader(getTranslation("planning.column.deadline")).setAutoWidth(true);
        grid.addColumn(row -> Days.format(row.plannedFinish(), getLocale()))
                .setHeader(getTranslation("planning.column.finish")).setAutoWidth(true);
        grid.addSelectionListener(e -> move.setEnabled(e.getFirstSelectedItem().isPresent()));
        // Dragging a row between two others opens the move dialog set to land it there.
        grid.setRowsDraggable(true);
        grid.setDropMode(GridDropMode.BETWEEN);
        grid.addDragStartListener(e -> dragged = e.getDraggedItems().stream().findFirst().orElse(null));
        grid.addDragEndListener(e -> dragged = null);
        grid.addDropListener(e -> {
            BacklogRow target = e.getDropTargetItem().orElse(null);
            if (dragged != null && target != null && e.getDropLocation() != GridDropLocation.EMPTY) {
                dropped(dragged, target, e.getDropLocation() != GridDropLocation.BELOW);
            }
        });
    }

    /** A row dropped right above (or below) another: the dialog opens set to move it there. */
    void dropped(BacklogRow moving, BacklogRow target, boolean above) {
        if (moving.requestId() != target.requestId()) {
            dialog.openNextTo(moving, target, above);
        }
    }

    private String movedLine(BacklogRow row) {
        return row.lastMove() == null ? "" : getTranslation("planning.column.moved-line",
                row.lastMove().fromPosition(), row.lastMove().toPosition(), row.lastMove().reason());
    }

    BacklogFilter filter() {
        return new BacklogFilter(organisation.getValue() == null ? null : organisation.getValue().id(),
                system.chosen().map(SystemSummary::id).orElse(null), status.chosen().orElse(null),
                kind.chosen().orElse(null));
    }

    void refresh() {
        Lane shown = lane.getValue();
        BacklogFilter filter = filter();
        grid.setItems(query -> backlog.board(shown, filter, toSpringPageRequest(query)).stream());
        move.setEnabled(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("planning.board.title");
    }
}
