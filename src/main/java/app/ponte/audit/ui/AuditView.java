package app.ponte.audit.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import app.ponte.audit.AuditFilter;
import app.ponte.audit.AuditOutcome;
import app.ponte.audit.AuditRecord;
import app.ponte.audit.AuditTrail;
import app.ponte.base.ui.FilterSelect;
import app.ponte.base.ui.LocalisedDatePicker;
import app.ponte.base.ui.ViewerTime;
import app.ponte.security.Roles;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

/** The audit trail for administrators: read only, newest first, filtered by time, actor, action, outcome. */
@Route("audit")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 80, icon = "vaadin:clipboard-text", title = "nav.audit")
class AuditView extends VerticalLayout implements HasDynamicTitle {

    static final String GRID_ID = "audit-grid";

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final TextField actor = new TextField();
    final TextField action = new TextField();
    final FilterSelect<AuditOutcome> outcome = new FilterSelect<>(getTranslation("audit.outcome"),
            getTranslation("audit.outcome.all"), Arrays.asList(AuditOutcome.values()),
            o -> getTranslation("audit.outcome." + o.name()));
    final Grid<AuditRecord> grid = new Grid<>();

    private final ViewerTime viewerTime;

    AuditView(AuditTrail trail, ViewerTime viewerTime) {
        this.viewerTime = viewerTime;
        setSizeFull();
        LocalisedDatePicker.localise(from);
        LocalisedDatePicker.localise(to);
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        from.setValue(LocalDate.now(viewerTime.clock().withZone(viewerTime.zone())).minusDays(30));
        actor.setLabel(getTranslation("audit.actor"));
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        action.setLabel(getTranslation("audit.action"));
        action.setValueChangeMode(ValueChangeMode.LAZY);
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        actor.addValueChangeListener(e -> refresh());
        action.addValueChangeListener(e -> refresh());
        outcome.addValueChangeListener(e -> refresh());
        var filters = new HorizontalLayout(from, to, actor, action, outcome);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId(GRID_ID);
        grid.addColumn(r -> viewerTime.format(r.occurredAt(), getLocale())).setHeader(getTranslation("audit.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditRecord::actorEmail).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(AuditView::workingIn).setHeader(getTranslation("audit.active-organisation")).setAutoWidth(true);
        grid.addColumn(r -> r.clientAddress() == null ? "" : r.clientAddress())
                .setHeader(getTranslation("audit.address")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditRecord::action).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("audit.outcome." + r.outcome().name()))
                .setHeader(getTranslation("audit.outcome")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.targetType() + (r.targetId() == null ? "" : " #" + r.targetId()))
                .setHeader(getTranslation("audit.target")).setAutoWidth(true);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(record -> {
            var details = new Div(line("audit.before", record.before()), line("audit.after", record.after()));
            details.addClassName("audit-details");
            return details;
        }));
        grid.setItems(query -> trail.find(filter(), toSpringPageRequest(query)).stream());
        grid.setSizeFull();
        add(filters, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }

    AuditFilter filter() {
        Instant start = from.getValue() == null ? Instant.EPOCH
                : from.getValue().atStartOfDay(viewerTime.zone()).toInstant();
        Instant end = to.getValue() == null ? Instant.parse("9999-12-31T00:00:00Z")
                : to.getValue().plusDays(1).atStartOfDay(viewerTime.zone()).toInstant();
        return new AuditFilter(start, end, actor.getValue(), action.getValue().isBlank() ? null : action.getValue().trim(),
                outcome.getValue());
    }

    /** The organisation the actor was working in; its id alone if it no longer exists. */
    static String workingIn(AuditRecord record) {
        if (record.activeOrganisationName() != null) {
            return record.activeOrganisationName();
        }
        return record.activeOrganisationId() == null ? "" : "#" + record.activeOrganisationId();
    }

    private Div line(String labelKey, String value) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("label");
        return new Div(label, new Span(value == null ? "—" : value));
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
