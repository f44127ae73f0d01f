package app.ponte.request.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import app.ponte.base.ui.FieldRefusals;
import app.ponte.base.ui.Toasts;
import app.ponte.base.ui.ViewerTime;
import app.ponte.organisation.OrganisationFilter;
import app.ponte.organisation.OrganisationSummary;
import app.ponte.organisation.Organisations;
import app.ponte.organisation.PersonOption;
import app.ponte.request.BulkChange;
import app.ponte.request.BulkOutcome;
import app.ponte.request.BulkTriage;
import app.ponte.request.NamedFilter;
import app.ponte.request.Priority;
import app.ponte.request.RequestFilter;
import app.ponte.request.RequestLists;
import app.ponte.request.RequestReading;
import app.ponte.request.RequestStatus;
import app.ponte.request.RequestSummary;
import app.ponte.request.SavedFilters;
import app.ponte.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;

/**
 * The team's inbox: every organisation's requests, newest first, with filters by organisation, kind,
 * status, system, age and assignee, filters saved under a name, and triage of several requests at once.
 */
@Route("inbox")
@RolesAllowed({Roles.TEAM, Roles.ADMIN})
@Menu(order = 10, icon = "vaadin:inbox", title = "nav.inbox")
class InboxView extends VerticalLayout implements HasDynamicTitle {

    final RequestGrid requests;
    final ComboBox<OrganisationSummary> organisation = new ComboBox<>();
    final TextField system = new TextField();
    final IntegerField olderThanDays = new IntegerField();
    final Checkbox unassigned = new Checkbox();
    final Button newRequest = new Button();

    final ComboBox<NamedFilter> savedFilter = new ComboBox<>();
    final TextField filterName = new TextField();
    final Button saveFilter = new Button();
    final Button deleteFilter = new Button();

    final ComboBox<PersonOption> bulkAssignee = new ComboBox<>();
    final Select<RequestStatus> bulkStatus = new Select<>();
    final Select<Priority> bulkPriority = new Select<>();
    final Button bulkApply = new Button();
    final Span bulkOutcome = new Span();

    private final SavedFilters savedFilters;
    private final Organisations organisations;
    private final BulkTriage bulkTriage;
    private boolean applyingSavedFilter;

    InboxView(RequestLists lists, RequestReading reading, Organisations organisations, SavedFilters savedFilters,
            BulkTriage bulkTriage, ViewerTime viewerTime, List<RequestStatusDates> statusDates) {
        this.savedFilters = savedFilters;
        this.organisations = organisations;
        this.bulkTriage = bulkTriage;
        setSizeFull();
        requests = new RequestGrid(viewerTime, lists::inbox, lists::exportInbox, this::withTeamFilters);
        requests.grid.setId("inbox-grid");
        requests.datedBy(statusDates);
        requests.grid.setSelectionMode(Grid.SelectionMode.MULTI);
        requests.grid.addColumn(RequestSummary::organisationName)
                .setHeader(getTranslation("requests.column.organisation")).setKey("organisation").setAutoWidth(true)
                .setFlexGrow(0);
        requests.grid.addColumn(r -> r.assigneeName() == null ? "" : r.assigneeName())
                .setHeader(getTranslation("requests.column.assignee")).setKey("assignee").setAutoWidth(true)
                .setFlexGrow(0);
        requests.grid.addColumn(r -> r.priority() == null ? "" : getTranslation(r.priority().labelKey()))
                .setHeader(getTranslation("requests.column.priority")).setKey("priority").setAutoWidth(true)
                .setFlexGrow(0);
        organisation.setPlaceholder(getTranslation("requests.all-organisations"));
        organisation.setItemLabelGenerator(OrganisationSummary::name);
        organisation.setClearButtonVisible(true);
        organisation.setItems(query -> organisations.list(
                new OrganisationFilter(query.getFilter().orElse(""), null, null), toSpringPageRequest(query)).stream());
        organisation.addValueChangeListener(e -> filtersChanged());
        system.setPlaceholder(getTranslation("inbox.system"));
        system.setClearButtonVisible(true);
        system.setValueChangeMode(ValueChangeMode.LAZY);
        system.addValueChangeListener(e -> filtersChanged());
        olderThanDays.setPlaceholder(getTranslation("inbox.older-than"));
        olderThanDays.setMin(1);
        olderThanDays.setClearButtonVisible(true);
        olderThanDays.addValueChangeListener(e -> filtersChanged());
        unassigned.setLabel(getTranslation("requests.unassigned"));
        unassigned.addValueChangeListener(e -> filtersChanged());
        newRequest.setText(getTranslation("requests.new"));
        newRequest.setIcon(VaadinIcon.PLUS.create());
        newRequest.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newRequest.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(NewRequestView.class)));
        requests.toolbar.add(organisation, system, olderThanDays, unassigned, newRequest);
        requests.search.addValueChangeListener(e -> filtersChanged());
        requests.kind.addValueChangeListener(e -> filtersChanged());
        requests.status.addValueChangeListener(e -> filtersChanged());

        add(new H2(getTranslation("inbox.heading")), savedFilterBar(), bulkBar(reading), requests);
    }

    private HorizontalLayout savedFilterBar() {
        savedFilter.setPlaceholder(getTranslation("inbox.saved-filters"));
        savedFilter.setItemLabelGenerator(NamedFilter::name);
        savedFilter.setItems(savedFilters.mine());
        savedFilter.setClearButtonVisible(true);
        savedFilter.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                apply(e.getValue());
            }
            deleteFilter.setEnabled(e.getValue() != null);
        });
        filterName.setPlaceholder(getTranslation("inbox.filter-name"));
        filterName.setMaxLength(80);
        saveFilter.setText(getTranslation("inbox.save-filter"));
        saveFilter.addClickListener(e -> saveCurrentFilter());
        deleteFilter.setText(getTranslation("inbox.delete-filter"));
        deleteFilter.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        deleteFilter.setEnabled(false);
        deleteFilter.addClickListener(e -> {
            savedFilters.delete(savedFilter.getValue().id());
            savedFilter.setItems(savedFilters.mine());
        });
        var bar = new HorizontalLayout(savedFilter, deleteFilter, filterName, saveFilter);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private HorizontalLayout bulkBar(RequestReading reading) {
        bulkAssignee.setPlaceholder(getTranslation("inbox.bulk.assignee"));
        bulkAssignee.setItems(reading.assignableTeamMembers());
        bulkAssignee.setItemLabelGenerator(PersonOption::displayName);
        bulkAssignee.setClearButtonVisible(true);
        bulkStatus.setPlaceholder(getTranslation("inbox.bulk.status"));
        bulkStatus.setItems(BulkTriage.BULK_STATUSES);
        bulkStatus.setItemLabelGenerator(s -> s == null ? getTranslation("inbox.bulk.keep") : getTranslation(s.labelKey()));
        bulkStatus.setEmptySelectionAllowed(true);
        bulkPriority.setPlaceholder(getTranslation("inbox.bulk.priority"));
        bulkPriority.setItems(Priority.values());
        bulkPriority.setItemLabelGenerator(p -> p == null ? getTranslation("inbox.bulk.keep") : getTranslation(p.labelKey()));
        bulkPriority.setEmptySelectionAllowed(true);
        bulkApply.setText(getTranslation("inbox.bulk.apply"));
        bulkApply.setEnabled(false);
        bulkApply.addClickListener(e -> applyBulk());
        requests.grid.addSelectionListener(e -> {
            bulkApply.setEnabled(!e.getAllSelectedItems().isEmpty());
            bulkApply.setText(getTranslation("inbox.bulk.apply-count", e.getAllSelectedItems().size()));
        });
        bulkOutcome.setId("bulk-outcome");
        var bar = new HorizontalLayout(bulkAssignee, bulkStatus, bulkPriority, bulkApply, bulkOutcome);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private void applyBulk() {
        var change = new BulkChange(bulkAssignee.getValue() == null ? null : bulkAssignee.getValue().accountId(), false,
                bulkStatus.getValue(), bulkPriority.getValue());
        BulkOutcome outcome = bulkTriage.apply(List.copyOf(requests.grid.getSelectedItems()), change);
        bulkOutcome.setText(getTranslation("inbox.bulk.outcome", outcome.changed().size(),
                outcome.changedMeanwhile().size(), outcome.notApplicable().size()));
        requests.grid.deselectAll();
        requests.refresh();
    }

    private void saveCurrentFilter() {
        new FieldRefusals(Map.of("name", filterName), filterName).attempt(() -> {
            NamedFilter saved = savedFilters.save(filterName.getValue(), withTeamFilters(requests.currentFilter()));
            var mine = savedFilters.mine();
            savedFilter.setItems(mine);
            applyingSavedFilter = true;
            savedFilter.setValue(mine.stream().filter(f -> f.id() == saved.id()).findFirst().orElse(null));
            applyingSavedFilter = false;
            filterName.clear();
            Toasts.done(getTranslation("inbox.filter-saved", saved.name()));
        });
    }

    private void apply(NamedFilter named) {
        applyingSavedFilter = true;
        RequestFilter filter = named.filter();
        requests.search.setValue(filter.titleWords());
        requests.kind.setValue(filter.kind());
        requests.status.setValue(filter.status());
        system.setValue(filter.system() == null ? "" : filter.system());
        olderThanDays.setValue(filter.olderThanDays());
        unassigned.setValue(filter.unassignedOnly());
        organisation.setValue(filter.organisationId() == null ? null : organisations.summary(filter.organisationId()));
        applyingSavedFilter = false;
        requests.refresh();
    }

    /** Any change by hand means the list no longer shows the saved filter picked. */
    private void filtersChanged() {
        if (!applyingSavedFilter && savedFilter.getValue() != null) {
            savedFilter.clear();
        }
        requests.refresh();
    }

    private RequestFilter withTeamFilters(RequestFilter shared) {
        Long organisationId = organisation.getValue() == null ? null : organisation.getValue().id();
        return new RequestFilter(shared.titleWords(), shared.kind(), shared.status(), organisationId, null,
                unassigned.getValue(), system.getValue(), olderThanDays.getValue(), shared.filedSince());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title");
    }
}
