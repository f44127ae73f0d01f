package app.ponte.roadmap.ui;

import app.ponte.base.ui.LocalisedFormats;
import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import app.ponte.base.ui.Days;
import app.ponte.base.ui.ViewerTime;
import app.ponte.organisation.OrganisationSummary;
import app.ponte.organisation.Organisations;
import app.ponte.roadmap.DeliveryRecord;
import app.ponte.roadmap.PromiseChangeEntry;
import app.ponte.roadmap.PromiseEntry;
import app.ponte.roadmap.PromiseLedger;
import app.ponte.roadmap.PromiseState;
import app.ponte.roadmap.PromiseSummary;
import app.ponte.security.CurrentUser;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * The promise ledger of an organisation: every date the team told it, how each turned out (kept on time,
 * late and by how much, open, broken) and every change of date with its reason, who and when. Clients and
 * departments read their own; the team reads every organisation's (newest first) until it picks one, and also
 * reads its own delivery record.
 */
@Route("promises")
@PermitAll
@Menu(order = 14, icon = "vaadin:handshake", title = "nav.promises")
class PromisesView extends VerticalLayout implements HasDynamicTitle {

    final Div summary = new Div();
    final Grid<PromiseEntry> ledger = new Grid<>();
    final Grid<DeliveryRecord> record = new Grid<>();
    final Grid.Column<PromiseEntry> organisationColumn;

    private final ViewerTime viewerTime;
    final OrganisationChoice organisation;

    private final PromiseLedger promises;

    PromisesView(PromiseLedger promises, Organisations organisations, CurrentUser currentUser,
            ViewerTime viewerTime) {
        this.promises = promises;
        this.viewerTime = viewerTime;
        this.organisation = new OrganisationChoice(organisations, currentUser,
                getTranslation("roadmap.filter.organisation"));
        organisation.picker.setId("promises-organisation");
        organisation.picker.addValueChangeListener(e -> refresh());
        summary.addClassName("promise-summary");
        summary.setId("promise-summary");
        ledger.setId("promise-ledger");
        ledger.setHeight("28rem");
        ledger.setWidthFull();
        // Long titles and outcomes wrap instead of being cut; each text cell also carries its whole text as a
        // tooltip, and a click opens the line's history.
        ledger.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        organisationColumn = ledger.addColumn(PromiseEntry::organisation)
                .setHeader(getTranslation("roadmap.column.organisation")).setWidth("10rem").setFlexGrow(1)
                .setTooltipGenerator(PromiseEntry::organisation);
        ledger.addColumn(PromiseEntry::initiativeTitle).setHeader(getTranslation("roadmap.column.initiative"))
                .setWidth("10rem").setFlexGrow(2).setTooltipGenerator(PromiseEntry::initiativeTitle);
        ledger.addColumn(PromiseEntry::milestoneTitle).setHeader(getTranslation("roadmap.column.milestone"))
                .setWidth("10rem").setFlexGrow(2).setTooltipGenerator(PromiseEntry::milestoneTitle);
        ledger.addColumn(p -> Days.format(p.firstPromisedOn(), getLocale()))
                .setHeader(getTranslation("roadmap.column.first-promised")).setAutoWidth(true).setFlexGrow(0);
        ledger.addColumn(p -> Days.format(p.promisedOn(), getLocale()))
                .setHeader(getTranslation("roadmap.column.promised")).setAutoWidth(true).setFlexGrow(0);
        ledger.addColumn(p -> viewerTime.format(p.madeAt(), getLocale()))
                .setHeader(getTranslation("roadmap.column.made-at")).setAutoWidth(true).setFlexGrow(0);
        ledger.addColumn(this::outcome).setHeader(getTranslation("roadmap.column.outcome")).setWidth("14rem")
                .setFlexGrow(3).setTooltipGenerator(this::outcome);
        ledger.addColumn(this::changes).setHeader(getTranslation("roadmap.column.changes")).setWidth("8rem")
                .setFlexGrow(0).setTooltipGenerator(this::changes);
        ledger.setItemDetailsRenderer(new ComponentRenderer<>(this::history));
        ledger.setDetailsVisibleOnClick(true);

        record.setId("delivery-record");
        record.setAllRowsVisible(true);
        record.addColumn(r -> LocalisedFormats.month(r.month(), getLocale()))
                .setHeader(getTranslation("roadmap.column.month"));
        record.addColumn(DeliveryRecord::delivered).setHeader(getTranslation("roadmap.column.delivered"));
        record.addColumn(r -> LocalisedFormats.percent(r.onTimeRate(), getLocale()))
                .setHeader(getTranslation("roadmap.column.on-time"));
        record.addColumn(r -> number(r.averageSlipDays())).setHeader(getTranslation("roadmap.column.average-slip"));

        add(new H2(getTranslation("roadmap.promises.title")), new Paragraph(getTranslation(organisation.team()
                ? "roadmap.promises.intro-team" : "roadmap.promises.intro")), organisation.picker, summary, ledger);
        if (organisation.team()) {
            record.setItems(promises.deliveryRecord());
            add(new H2(getTranslation("roadmap.delivery-record")), record);
        }
        refresh();
    }

    /** The chosen organisation's promises, or every organisation's while the team has not picked one. */
    private void refresh() {
        var chosen = organisation.chosen().map(OrganisationSummary::id);
        organisationColumn.setVisible(chosen.isEmpty());
        if (chosen.isPresent()) {
            long id = chosen.get();
            ledger.setItems(query -> promises.ledger(id, toSpringPageRequest(query)).stream());
            show(promises.promiseSummary(id));
        } else {
            ledger.setItems(query -> promises.wholeLedger(toSpringPageRequest(query)).stream());
            show(promises.wholeSummary());
        }
    }

    String changes(PromiseEntry promise) {
        return promise.changes().isEmpty() ? getTranslation("roadmap.no-changes-short")
                : getTranslation("roadmap.changes", promise.changes().size());
    }

    private void show(PromiseSummary figures) {
        summary.removeAll();
        summary.add(figure("roadmap.summary.on-time", String.valueOf(figures.keptOnTime()), null),
                figure("roadmap.summary.late", String.valueOf(figures.keptLate()), figures.keptLate() == 0 ? null
                        : getTranslation("roadmap.summary.average-late", number(figures.averageDaysLate()))),
                figure("roadmap.summary.open", String.valueOf(figures.open()), null),
                figure("roadmap.summary.broken", String.valueOf(figures.broken()), null));
    }

    private Div figure(String key, String value, String note) {
        Span number = new Span(value);
        number.addClassName("figure");
        Div box = new Div(number, new Div(getTranslation(key)));
        box.getElement().setAttribute("data-figure", key.substring(key.lastIndexOf('.') + 1));
        if (note != null) {
            box.add(new Div(note));
        }
        return box;
    }

    String outcome(PromiseEntry promise) {
        String state = getTranslation(promise.state().labelKey());
        if (promise.withdrawnOn() != null) {
            // Broken because the organisation's requests left the milestone, not because it ran late.
            return getTranslation("roadmap.outcome-withdrawn", state, Days.format(promise.withdrawnOn(), getLocale()));
        }
        if (promise.daysLate() == 0) {
            return state;
        }
        // Delivered late says by how much; an open or broken promise says how far past the first date it is.
        String key = promise.state() == PromiseState.KEPT_LATE ? "roadmap.days-late" : "roadmap.days-past-first";
        return getTranslation(key, state, promise.daysLate());
    }

    UnorderedList history(PromiseEntry promise) {
        UnorderedList list = new UnorderedList();
        for (PromiseChangeEntry change : promise.changes()) {
            list.add(new ListItem(getTranslation("roadmap.change-line", Days.format(change.oldDate(), getLocale()),
                    Days.format(change.newDate(), getLocale()), change.reason(), change.changedBy(),
                    viewerTime.format(change.changedAt(), getLocale()),
                    getTranslation(change.told() ? "roadmap.told" : "roadmap.not-told"))));
        }
        if (promise.changes().isEmpty()) {
            list.add(new ListItem(getTranslation("roadmap.no-changes")));
        }
        if (promise.withdrawnOn() != null) {
            list.add(new ListItem(getTranslation("roadmap.withdrawn-line", Days.format(promise.withdrawnOn(),
                    getLocale()), promise.withdrawReason())));
        }
        return list;
    }

    private String number(double value) {
        return LocalisedFormats.amount(java.math.BigDecimal.valueOf(value).setScale(1, java.math.RoundingMode.HALF_UP), getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("roadmap.promises.title");
    }
}
