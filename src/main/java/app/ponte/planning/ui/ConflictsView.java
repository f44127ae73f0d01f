package app.ponte.planning.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import app.ponte.base.Reason;
import app.ponte.base.ui.Days;
import app.ponte.base.ui.FieldRefusals;
import app.ponte.base.ui.LocalisedDatePicker;
import app.ponte.base.ui.Toasts;
import app.ponte.base.ui.ViewerTime;
import app.ponte.base.ui.FilterSelect;
import app.ponte.planning.ConflictHandling;
import app.ponte.planning.ConflictKind;
import app.ponte.planning.ConflictRow;
import app.ponte.planning.Conflicts;
import app.ponte.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * What collides now: each conflict with why (in plain words), who is affected, and what the team did. The
 * team re-schedules, asks for a decision by a date (the requester reads it), or accepts the risk with a note.
 */
@Route("conflicts")
@RolesAllowed({Roles.ADMIN, Roles.TEAM})
@Menu(order = 12, icon = "vaadin:exclamation-circle-o", title = "nav.conflicts")
class ConflictsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** The query parameters a link may set: which list ({@link Shown}, lower case) and the kind. */
    static final String SHOWN = "shown";
    static final String KIND = "kind";

    /**
     * Which conflicts are listed: those found now, those of them not decided yet (open: what the dashboards count),
     * or those decided or gone.
     */
    enum Shown {
        CURRENT("conflict.shown.CURRENT"), OPEN("dashboard.planning.conflicts-view.open"),
        RESOLVED("conflict.shown.RESOLVED");

        private final String labelKey;

        Shown(String labelKey) {
            this.labelKey = labelKey;
        }

        String labelKey() {
            return labelKey;
        }
    }

    /** The open list, of one kind or all: where a dashboard's figure leads. */
    static String openOf(@Nullable ConflictKind kind) {
        return "conflicts?" + SHOWN + "=open" + (kind == null ? "" : "&" + KIND + "=" + kind.name());
    }

    final Select<Shown> shown = new Select<>();
    final FilterSelect<ConflictKind> kind;
    final Grid<ConflictRow> grid = new Grid<>();
    final DatePicker date = LocalisedDatePicker.localise(new DatePicker());
    final TextField note = new TextField();
    final Button reschedule = new Button();
    final Button askDecision = new Button();
    final Button acceptRisk = new Button();
    final Span message = new Span();

    private final Conflicts conflicts;
    private final ViewerTime viewerTime;
    private final FieldRefusals refusals;

    ConflictsView(Conflicts conflicts, ViewerTime viewerTime) {
        this.conflicts = conflicts;
        this.viewerTime = viewerTime;
        setSizeFull();
        grid.setId("conflicts-grid");
        grid.setSizeFull();
        grid.addColumn(row -> getTranslation(row.kind().labelKey())).setHeader(getTranslation("conflict.column.kind"))
                .setAutoWidth(true);
        grid.addComponentColumn(row -> new Anchor("requests/" + row.requestId(), row.requestTitle()))
                .setHeader(getTranslation("conflict.column.request")).setFlexGrow(2);
        grid.addColumn(this::why).setHeader(getTranslation("conflict.column.why")).setFlexGrow(4);
        grid.addColumn(row -> row.requesterOrganisation().equals(row.affectedOrganisation())
                ? row.requesterOrganisation() : row.requesterOrganisation() + ", " + row.affectedOrganisation())
                .setHeader(getTranslation("conflict.column.affected")).setAutoWidth(true);
        grid.addColumn(this::handling).setHeader(getTranslation("conflict.column.handling")).setFlexGrow(2)
                .setTooltipGenerator(this::handling);
        shown.setLabel(getTranslation("conflict.shown"));
        shown.setId("conflicts-shown");
        shown.setItems(Shown.values());
        shown.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        shown.setValue(Shown.CURRENT);
        date.setLabel(getTranslation("conflict.date"));
        note.setLabel(getTranslation("conflict.note"));
        note.setMaxLength(Reason.MAX);
        reschedule.setText(getTranslation("conflict.reschedule"));
        askDecision.setText(getTranslation("conflict.ask-decision"));
        acceptRisk.setText(getTranslation("conflict.accept-risk"));
        reschedule.addClickListener(e -> act(row -> conflicts.reschedule(row.id(), date.getValue(), note.getValue(),
                row.version())));
        askDecision.addClickListener(e -> act(row -> conflicts.askForDecision(row.id(), date.getValue(),
                note.getValue(), row.version())));
        acceptRisk.addClickListener(e -> act(row -> conflicts.acceptRisk(row.id(), note.getValue(), row.version())));
        var actions = new HorizontalLayout(date, note, reschedule, askDecision, acceptRisk);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);
        grid.addSelectionListener(e -> actions.setEnabled(e.getFirstSelectedItem().isPresent()));
        actions.setEnabled(false);
        kind = new FilterSelect<>(getTranslation("conflict.column.kind"), getTranslation("dashboard.planning.conflicts-view.any-kind"),
                List.of(ConflictKind.values()), k -> getTranslation(k.labelKey()));
        kind.setId("conflicts-kind");
        kind.addValueChangeListener(e -> refresh());
        shown.addValueChangeListener(e -> {
            actions.setVisible(e.getValue() != Shown.RESOLVED);
            message.setText("");
            refresh();
        });
        var filters = new HorizontalLayout(shown, kind);
        filters.setWrap(true);
        add(new Paragraph(getTranslation("conflict.intro")), filters, grid, actions, message);
        refusals = new FieldRefusals(Map.of("note", note), date).whenChangedMeanwhile(() -> {
            refresh();
            message.setText(getTranslation("conflict.changed-meanwhile"));
        });
        refresh();
    }

    String why(ConflictRow row) {
        return getTranslation("conflict.why." + row.kind().name(), row.requesterOrganisation(),
                Days.format(row.askedDate(), getLocale()), row.affectedOrganisation(), row.systemName(),
                Days.format(row.startsOn(), getLocale()), Days.format(row.endsOn(), getLocale()),
                row.windowReason() == null ? "" : row.windowReason());
    }

    /** What was done, by whom and when, and why; a conflict nobody handled before it went away says so. */
    String handling(ConflictRow row) {
        if (!row.active() && row.handling() == ConflictHandling.OPEN) {
            return getTranslation("conflict.handling.gone");
        }
        String text = row.handling() == ConflictHandling.DECISION_ASKED
                ? getTranslation("conflict.handling.deciding", Days.format(row.decideBy(), getLocale()))
                : getTranslation(row.handling().labelKey());
        if (row.handledBy() != null && row.handledAt() != null) {
            text = getTranslation("conflict.handling.by", text, row.handledBy(),
                    viewerTime.format(row.handledAt(), getLocale()));
        }
        return row.note() == null ? text : text + ": " + row.note();
    }

    private void act(Consumer<ConflictRow> action) {
        message.setText("");
        grid.getSelectedItems().stream().findFirst().ifPresent(row -> {
            if (refusals.attempt(() -> action.accept(row))) {
                note.clear();
                date.clear();
                refresh();
                Toasts.done(getTranslation("conflict.done", row.requestTitle()));
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        parameters.getSingleParameter(SHOWN).flatMap(value -> Stream.of(Shown.values())
                .filter(s -> s.name().equalsIgnoreCase(value)).findFirst()).ifPresent(shown::setValue);
        parameters.getSingleParameter(KIND).flatMap(value -> Stream.of(ConflictKind.values())
                .filter(k -> k.name().equals(value)).findFirst()).ifPresent(kind::setValue);
    }

    private void refresh() {
        ConflictKind chosen = kind.chosen().orElse(null);
        switch (shown.getValue()) {
            case RESOLVED -> grid.setItems(query -> conflicts.resolved(chosen, toSpringPageRequest(query)).stream());
            case OPEN -> grid.setItems(query -> conflicts.open(chosen, toSpringPageRequest(query)).stream());
            case CURRENT -> grid.setItems(query -> conflicts.active(chosen, toSpringPageRequest(query)).stream());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("conflict.title");
    }
}
