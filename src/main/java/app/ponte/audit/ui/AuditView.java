package app.ponte.audit.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import app.ponte.audit.AuditFilter;
import app.ponte.audit.AuditOutcome;
import app.ponte.audit.AuditRecord;
import app.ponte.audit.AuditTrail;
import app.ponte.audit.RefusalKind;
import app.ponte.base.ui.FilterSelect;
import app.ponte.base.ui.LocalisedDatePicker;
import app.ponte.base.ui.ViewerTime;
import app.ponte.security.Roles;
import app.ponte.base.TranslationProvider;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The audit trail for administrators: read only, newest first, filtered by time, actor, action, outcome. Every
 * action code and target reads as words in the viewer's language ("Status change of a request", "Request #12");
 * a code without words of its own is shown as it is. On a narrow screen only when, what and the outcome stay in
 * the grid; the rest is in the row's details.
 */
@Route("audit")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 80, icon = "vaadin:clipboard-text", title = "nav.audit")
class AuditView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String GRID_ID = "audit-grid";
    /** Narrower than this (CSS pixels), the grid keeps only when, what happened and the outcome. */
    static final int NARROW = 700;
    /** The actions the trail records, in the order the filter lists them; each has "audit.action.CODE". */
    static final List<String> ACTIONS = List.of("sign-in.success", "sign-in.failure", "sign-in.throttled", "sign-out",
            "account.create", "account.deactivate", "account.reactivate", "account.set-active",
            "account.password-change", "account.password-reset", "account.force-reset",
            "membership.add", "membership.change-role", "membership.deactivate", "membership.reactivate",
            "membership.remove", "membership.switch", "organisation.create", "organisation.update",
            "organisation.deactivate", "organisation.reactivate", "organisation.switch",
            "invitation.create", "invitation.accept", "invitation.decline",
            "system.read", "system.create", "system.update",
            "freeze-window.declare", "freeze-window.change", "freeze-window.withdraw",
            "planning.weights", "planning.organisation-weight", "planning.capacity",
            "backlog.card", "backlog.move", "backlog.preview", "backlog.rate", "backlog.unpin", "conflict.handle",
            "request.read", "request.read-shared", "request.status", "request.triage", "request.assess",
            "request.comment", "request.duplicate", "request.move", "request.reopen", "request.share",
            "request.support", "request.supporters", "request.tell", "request.watch", "request.withdraw",
            "attachment.add", "attachment.download", "attachment.list",
            "roadmap.initiative", "roadmap.milestone", "milestone.commit",
            "calendar.read", "calendar.create", "calendar.update", "calendar.holiday-add", "calendar.holiday-remove",
            "calendar.import", "sla-plan.read", "sla-plan.create", "sla-plan.update", "sla-plan.assign",
            "sla.escalation-leads", "sla.attainment", "oncall.rota.save", "oncall.override.add", "oncall.override.remove",
            "oncall.policy.save", "survey.plan", "feedback.answer", "feedback.follow-up.done",
            "meeting-series.read", "meeting-series.create", "meeting-series.update", "meeting-series.save",
            "meeting.list", "meeting.read", "meeting.move", "meeting.cancel", "meeting.plan");
    /** The kinds of target the trail names; each has "audit.target.TYPE". */
    static final List<String> TARGETS = List.of("Account", "Attachment", "BusinessCalendar", "EscalationLeads",
            "EscalationPolicy", "FeedbackForm", "FollowUp", "FreezeWindow", "Initiative", "Invitation", "Meeting",
            "MeetingSeries", "Membership", "Method", "Milestone", "OnCallOverride", "OnCallRota", "Organisation", "PlanningConflict", "Request",
            "ScoringWeights", "SlaPlan", "System");
    static final String DENIED_PREFIX = "denied:";
    static final String REFUSAL_ID = "audit-refusal";

    /** A kind of refusal asked for by the address (the dashboard's refusals chart), null for none. */
    private @Nullable RefusalKind refusal;
    private final Div refusalNote = new Div();

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final TextField actor = new TextField();
    final ComboBox<String> action = new ComboBox<>();
    final FilterSelect<AuditOutcome> outcome = new FilterSelect<>(getTranslation("audit.outcome"),
            getTranslation("audit.outcome.all"), Arrays.asList(AuditOutcome.values()),
            o -> getTranslation("audit.outcome." + o.name()));
    final Grid<AuditRecord> grid = new Grid<>();
    private final List<Grid.Column<AuditRecord>> wideOnly;

    private final ViewerTime viewerTime;

    AuditView(AuditTrail trail, ViewerTime viewerTime) {
        this.viewerTime = viewerTime;
        setSizeFull();
        addClassName("audit-view");
        LocalisedDatePicker.localise(from);
        LocalisedDatePicker.localise(to);
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        from.setValue(LocalDate.now(viewerTime.clock().withZone(viewerTime.zone())).minusDays(30));
        actor.setLabel(getTranslation("audit.actor"));
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        action.setLabel(getTranslation("audit.action"));
        action.setItems(ACTIONS);
        action.setItemLabelGenerator(this::actionName);
        action.setClearButtonVisible(true);
        action.setPlaceholder(getTranslation("audit.action.any"));
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        actor.addValueChangeListener(e -> refresh());
        action.addValueChangeListener(e -> refresh());
        outcome.addValueChangeListener(e -> refresh());
        var filters = new HorizontalLayout(from, to, actor, action, outcome);
        filters.addClassName("audit-filters");
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId(GRID_ID);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> viewerTime.format(r.occurredAt(), getLocale())).setHeader(getTranslation("audit.column.when"))
                .setAutoWidth(true).setFlexGrow(0);
        var who = grid.addColumn(AuditRecord::actorEmail).setHeader(getTranslation("audit.column.who"))
                .setAutoWidth(true);
        var workingIn = grid.addColumn(this::workingIn).setHeader(getTranslation("audit.active-organisation"))
                .setAutoWidth(true);
        var address = grid.addColumn(this::address).setHeader(getTranslation("audit.address")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(this::whatHappened).setHeader(getTranslation("audit.column.what")).setFlexGrow(2);
        grid.addColumn(r -> getTranslation("audit.outcome." + r.outcome().name()))
                .setHeader(getTranslation("audit.column.outcome")).setAutoWidth(true).setFlexGrow(0);
        var target = grid.addColumn(this::target).setHeader(getTranslation("audit.column.target")).setAutoWidth(true);
        wideOnly = List.of(who, workingIn, address, target);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(record -> {
            var details = new Div(line("audit.column.who", record.actorEmail()),
                    line("audit.active-organisation", workingIn(record)), line("audit.address", address(record)),
                    line("audit.column.target", target(record)), line("audit.before", record.before()),
                    line("audit.after", record.after()));
            details.addClassName("audit-details");
            return details;
        }));
        grid.setItems(query -> trail.find(filter(), toSpringPageRequest(query)).stream());
        grid.setSizeFull();
        refusalNote.setId(REFUSAL_ID);
        refusalNote.setVisible(false);
        add(filters, refusalNote, grid);
    }

    /**
     * {@code audit?day=2026-12-01&refusal=access}: that day (in the viewer's zone) and that kind of refusal, as the
     * administrators' dashboard counts them. The kind is said above the grid, with a button that drops it.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        parameters.getSingleParameter("day").flatMap(AuditView::date).filter(AuditView::storable).ifPresent(day -> {
            from.setValue(day);
            to.setValue(day);
        });
        refusal = parameters.getSingleParameter("refusal").flatMap(RefusalKind::ofParameter).orElse(null);
        refusalNote.removeAll();
        refusalNote.setVisible(refusal != null);
        if (refusal != null) {
            var all = new Button(getTranslation("dashboard.admin.audit-refusal.clear"), click -> {
                refusal = null;
                refusalNote.setVisible(false);
                refresh();
            });
            all.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            refusalNote.add(new Span(getTranslation("dashboard.admin.audit-refusal.only", getTranslation(refusal.labelKey()))), all);
        }
        refresh();
    }

    /** The last day an address may name: the filter ends the day after, and the trail stores up to 9999. */
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 30);

    /** A day the trail can hold (an address naming the year +999999999 would make the filter's end impossible). */
    private static boolean storable(LocalDate day) {
        return !day.isBefore(LocalDate.EPOCH) && !day.isAfter(LAST_DAY);
    }

    private static java.util.Optional<LocalDate> date(String text) {
        try {
            return java.util.Optional.of(LocalDate.parse(text));
        } catch (java.time.format.DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        var page = attach.getUI().getPage();
        page.retrieveExtendedClientDetails(details -> fitTo(details.getWindowInnerWidth()));
        page.addBrowserWindowResizeListener(resize -> fitTo(resize.getWidth()));
    }

    /** On a phone the grid keeps three columns; who, where from and what about are in each row's details. */
    void fitTo(int width) {
        wideOnly.forEach(column -> column.setVisible(width >= NARROW));
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
        return new AuditFilter(start, end, actor.getValue(), action.getValue(), outcome.getValue(), refusal);
    }

    /** The action as words: its own name, a denied call named by its method, or else its code. */
    String actionName(String code) {
        if (code.startsWith(DENIED_PREFIX)) {
            return getTranslation("audit.action.denied", code.substring(DENIED_PREFIX.length()));
        }
        return TranslationProvider.hasKey("audit.action." + code) ? getTranslation("audit.action." + code) : code;
    }

    String whatHappened(AuditRecord record) {
        return actionName(record.action());
    }

    /** What the action was about: "Request #12", "Organisation #3". */
    String target(AuditRecord record) {
        String type = TranslationProvider.hasKey("audit.target." + record.targetType())
                ? getTranslation("audit.target." + record.targetType()) : record.targetType();
        return record.targetId() == null ? type : getTranslation("audit.target.numbered", type, "#" + record.targetId());
    }

    /** The organisation the actor was working in; its id alone if it no longer exists. */
    String workingIn(AuditRecord record) {
        if (record.activeOrganisationName() != null) {
            return record.activeOrganisationName();
        }
        return record.activeOrganisationId() == null ? "" : "#" + record.activeOrganisationId();
    }

    /** The address a change came from; the server's own loopback (IPv4 or IPv6) reads as "this machine". */
    String address(AuditRecord record) {
        String address = record.clientAddress();
        if (address == null || address.isBlank()) {
            return "";
        }
        return isLoopback(address) ? getTranslation("audit.address.this-machine") : address;
    }

    static boolean isLoopback(String address) {
        if (!address.matches("[0-9a-fA-F:.]+")) {
            return false; // only literal addresses: never look a name up
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private Div line(String labelKey, String value) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("label");
        return new Div(label, new Span(value == null || value.isEmpty() ? "—" : value));
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
