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
import app.ponte.security.NotFoundInScopeException;
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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The team's inbox: every organisation's requests, newest first (or by next SLA breach, sorting its column), open
 * ones only until asked otherwise. The filters come first (by status with counts, kind, organisation, system, age,
 * assignee, at risk or breached, and filters saved under a name); the triage of several requests at once appears
 * when rows are selected.
 */
@Route("inbox")
@RolesAllowed({Roles.TEAM, Roles.ADMIN})
@Menu(order = 10, icon = "vaadin:inbox", title = "nav.inbox")
class InboxView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final RequestGrid requests;
    final ComboBox<OrganisationSummary> organisation = new ComboBox<>();
    final TextField system = new TextField();
    final IntegerField olderThanDays = new IntegerField();
    final IntegerField newerThanDays = new IntegerField();
    final Checkbox unassigned = new Checkbox();
    final Button newRequest = new Button();

    final ComboBox<NamedFilter> savedFilter = new ComboBox<>();
    final TextField filterName = new TextField();
    final Button saveFilter = new Button();
    final Button deleteFilter = new Button();
    final Button saveFilterAs = new Button();
    final HorizontalLayout saveFilterForm = new HorizontalLayout();

    final ComboBox<PersonOption> bulkAssignee = new ComboBox<>();
    final Select<RequestStatus> bulkStatus = new Select<>();
    final Select<Priority> bulkPriority = new Select<>();
    final Button bulkApply = new Button();
    final Button bulkClear = new Button();
    final Span bulkSelected = new Span();
    final HorizontalLayout bulkBar = new HorizontalLayout();
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
        // The title keeps its room: requester, filing date and priority wait in the column chooser at first.
        requests = new RequestGrid("inbox", viewerTime,
                new RequestGrid.Rows(lists::inbox, lists::exportInbox, lists::inboxByStatus), this::withTeamFilters,
                StatusChoice.OPEN, Set.of("requester", "created", "priority"), false);
        requests.grid.setId("inbox-grid");
        requests.datedBy(statusDates);
        requests.grid.setSelectionMode(Grid.SelectionMode.MULTI);
        requests.optional(requests.grid.addColumn(RequestSummary::organisationName)
                .setHeader(getTranslation("requests.column.organisation")).setKey("organisation").setWidth("11em")
                .setFlexGrow(0).setTooltipGenerator(RequestSummary::organisationName));
        requests.optional(requests.grid.addColumn(r -> r.assigneeName() == null ? "" : r.assigneeName())
                .setHeader(getTranslation("requests.column.assignee")).setKey("assignee").setAutoWidth(true)
                .setFlexGrow(0));
        requests.optional(requests.grid.addColumn(r -> r.priority() == null ? "" : getTranslation(r.priority().labelKey()))
                .setHeader(getTranslation("requests.column.priority")).setKey("priority").setAutoWidth(true)
                .setFlexGrow(0));
        requests.cardDetailFirst(r -> r.assigneeName());
        requests.cardDetailFirst(RequestSummary::organisationName);
        organisation.setPlaceholder(getTranslation("requests.all-organisations"));
        organisation.setAriaLabel(getTranslation("requests.column.organisation"));
        organisation.setItemLabelGenerator(OrganisationSummary::name);
        organisation.setClearButtonVisible(true);
        organisation.setItems(query -> organisations.list(
                new OrganisationFilter(query.getFilter().orElse(""), null, null), toSpringPageRequest(query)).stream());
        organisation.addValueChangeListener(e -> requests.filtersChanged());
        system.setPlaceholder(getTranslation("inbox.system"));
        system.setAriaLabel(getTranslation("inbox.system"));
        system.setClearButtonVisible(true);
        system.setValueChangeMode(ValueChangeMode.LAZY);
        system.addValueChangeListener(e -> requests.filtersChanged());
        olderThanDays.setPlaceholder(getTranslation("inbox.older-than"));
        olderThanDays.setAriaLabel(getTranslation("inbox.older-than"));
        olderThanDays.setMin(1);
        olderThanDays.setClearButtonVisible(true);
        olderThanDays.addValueChangeListener(e -> requests.filtersChanged());
        newerThanDays.setPlaceholder(getTranslation("dashboard.requests.newer-than"));
        newerThanDays.setAriaLabel(getTranslation("dashboard.requests.newer-than"));
        newerThanDays.setMin(1);
        newerThanDays.setClearButtonVisible(true);
        newerThanDays.addValueChangeListener(e -> requests.filtersChanged());
        unassigned.setLabel(getTranslation("requests.unassigned"));
        unassigned.addValueChangeListener(e -> requests.filtersChanged());
        requests.filters.add(organisation, null).add(system, "").add(olderThanDays, null).add(newerThanDays, null)
                .add(unassigned, false);
        requests.onFiltersChanged(() -> {
            if (savedFilter.getValue() != null) {
                savedFilter.clear();
            }
        });
        savedFilters();
        newRequest.setText(getTranslation("requests.new"));
        newRequest.setIcon(VaadinIcon.PLUS.create());
        newRequest.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newRequest.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(NewRequestView.class)));
        var heading = new HorizontalLayout(new H2(getTranslation("inbox.heading")), newRequest);
        heading.setWidthFull();
        heading.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        heading.addClassName("list-heading");
        bulkBar(reading);
        bulkOutcome.setId("bulk-outcome");
        bulkOutcome.addClassName("bulk-outcome");
        bulkOutcome.setVisible(false);
        requests.addComponentAtIndex(1, bulkOutcome);
        requests.addComponentAtIndex(2, bulkBar);
        add(heading, requests);
    }

    /** Picking a saved filter sits with the filters; saving the current one opens a name field on demand. */
    private void savedFilters() {
        savedFilter.setPlaceholder(getTranslation("inbox.saved-filters"));
        savedFilter.setAriaLabel(getTranslation("inbox.saved-filters"));
        savedFilter.setItemLabelGenerator(NamedFilter::name);
        savedFilter.setItems(savedFilters.mine());
        savedFilter.setClearButtonVisible(true);
        savedFilter.addValueChangeListener(e -> {
            if (e.getValue() != null && !applyingSavedFilter) {
                apply(e.getValue());
            }
            deleteFilter.setVisible(e.getValue() != null);
        });
        deleteFilter.setIcon(VaadinIcon.TRASH.create());
        deleteFilter.setAriaLabel(getTranslation("inbox.delete-filter"));
        deleteFilter.setTooltipText(getTranslation("inbox.delete-filter"));
        deleteFilter.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        deleteFilter.setVisible(false);
        deleteFilter.addClickListener(e -> {
            savedFilters.delete(savedFilter.getValue().id());
            savedFilter.setItems(savedFilters.mine());
        });
        requests.filters.addOther(savedFilter, deleteFilter);
        saveFilterAs.setText(getTranslation("inbox.save-filter-as"));
        saveFilterAs.setIcon(VaadinIcon.BOOKMARK_O.create());
        saveFilterAs.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        saveFilterAs.addClickListener(e -> {
            saveFilterForm.setVisible(!saveFilterForm.isVisible());
            if (saveFilterForm.isVisible()) {
                filterName.focus();
            }
        });
        filterName.setPlaceholder(getTranslation("inbox.filter-name"));
        filterName.setAriaLabel(getTranslation("inbox.filter-name"));
        filterName.setMaxLength(80);
        saveFilter.setText(getTranslation("inbox.save-filter"));
        saveFilter.addClickListener(e -> saveCurrentFilter());
        saveFilterForm.add(filterName, saveFilter);
        saveFilterForm.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        saveFilterForm.setSpacing(true);
        saveFilterForm.setVisible(false);
        requests.toolbar.add(saveFilterAs, saveFilterForm);
    }

    /**
     * Triage of the selected rows: shown only while rows are selected, each change labelled, applied only
     * once a change is chosen; afterwards the choices are reset and the selection cleared.
     */
    private void bulkBar(RequestReading reading) {
        bulkAssignee.setLabel(getTranslation("inbox.bulk.assignee"));
        bulkAssignee.setPlaceholder(getTranslation("inbox.bulk.keep"));
        bulkAssignee.setItems(reading.assignableTeamMembers());
        bulkAssignee.setItemLabelGenerator(PersonOption::displayName);
        bulkAssignee.setClearButtonVisible(true);
        bulkStatus.setLabel(getTranslation("inbox.bulk.status"));
        bulkStatus.setItems(BulkTriage.BULK_STATUSES);
        bulkStatus.setItemLabelGenerator(s -> s == null ? getTranslation("inbox.bulk.keep") : getTranslation(s.labelKey()));
        bulkStatus.setEmptySelectionAllowed(true);
        bulkPriority.setLabel(getTranslation("inbox.bulk.priority"));
        bulkPriority.setItems(Priority.values());
        bulkPriority.setItemLabelGenerator(p -> p == null ? getTranslation("inbox.bulk.keep") : getTranslation(p.labelKey()));
        bulkPriority.setEmptySelectionAllowed(true);
        bulkApply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        bulkApply.addClickListener(e -> applyBulk());
        bulkClear.setText(getTranslation("inbox.bulk.clear"));
        bulkClear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        bulkClear.addClickListener(e -> requests.grid.deselectAll());
        bulkAssignee.addValueChangeListener(e -> bulkChanged());
        bulkStatus.addValueChangeListener(e -> bulkChanged());
        bulkPriority.addValueChangeListener(e -> bulkChanged());
        requests.grid.addSelectionListener(e -> bulkChanged());
        bulkSelected.addClassName("bulk-selected");
        bulkBar.add(bulkSelected, bulkAssignee, bulkStatus, bulkPriority, bulkApply, bulkClear);
        bulkBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bulkBar.setWrap(true);
        bulkBar.setWidthFull();
        bulkBar.addClassName("bulk-bar");
        bulkBar.setId("bulk-bar");
        bulkChanged();
    }

    private void bulkChanged() {
        int selected = requests.grid.getSelectedItems().size();
        bulkBar.setVisible(selected > 0);
        bulkSelected.setText(getTranslation("inbox.bulk.selected", selected));
        bulkApply.setText(getTranslation("inbox.bulk.apply-count", selected));
        bulkApply.setEnabled(selected > 0 && (bulkAssignee.getValue() != null || bulkStatus.getValue() != null
                || bulkPriority.getValue() != null));
        if (selected > 0) {
            bulkOutcome.setVisible(false);
        }
    }

    private void applyBulk() {
        var change = new BulkChange(bulkAssignee.getValue() == null ? null : bulkAssignee.getValue().accountId(), false,
                bulkStatus.getValue(), bulkPriority.getValue());
        BulkOutcome outcome = bulkTriage.apply(List.copyOf(requests.grid.getSelectedItems()), change);
        bulkAssignee.clear();
        bulkStatus.clear();
        bulkPriority.clear();
        requests.grid.deselectAll();
        bulkOutcome.setText(getTranslation("inbox.bulk.outcome", outcome.changed().size(),
                outcome.changedMeanwhile().size(), outcome.notApplicable().size()));
        bulkOutcome.setVisible(true);
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
            saveFilterForm.setVisible(false);
            Toasts.done(getTranslation("inbox.filter-saved", saved.name()));
        });
    }

    private void apply(NamedFilter named) {
        RequestFilter filter = named.filter();
        requests.quietly(() -> {
            requests.search.setValue(filter.titleWords());
            requests.kind.setValue(filter.kind());
            requests.status.setValue(StatusChoice.of(filter));
            system.setValue(filter.system() == null ? "" : filter.system());
            olderThanDays.setValue(filter.olderThanDays());
            newerThanDays.setValue(filter.newerThanDays());
            unassigned.setValue(filter.unassignedOnly());
            requests.atRisk.setValue(filter.atRiskOnly());
            organisation.setValue(filter.organisationId() == null ? null : organisations.summary(filter.organisationId()));
        });
    }

    private RequestFilter withTeamFilters(RequestFilter shared) {
        Long organisationId = organisation.getValue() == null ? null : organisation.getValue().id();
        return new RequestFilter(shared.titleWords(), shared.kind(), shared.status(), organisationId, null,
                unassigned.getValue(), system.getValue(), olderThanDays.getValue(), shared.filedSince(),
                shared.openOnly(), shared.atRiskOnly(), newerThanDays.getValue(), false);
    }

    /**
     * Opened from a link ({@link RequestListLink}, e.g. a dashboard's figure): its filters set at once, the others
     * at their defaults (open requests), as a saved filter is applied, so that the list counts what the figure did; an organisation that does not exist is left
     * out. Changing a filter by hand afterwards works as ever.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var link = RequestListLink.of(event.getLocation().getQueryParameters());
        if (link.isEmpty()) {
            return;
        }
        requests.quietly(() -> {
            // The same view shown again from another link keeps nothing of the previous one.
            requests.search.clear();
            system.clear();
            requests.status.setValue(link.status() == null ? StatusChoice.OPEN : StatusChoice.of(link.status()));
            requests.kind.setValue(link.kind());
            olderThanDays.setValue(link.olderThanDays());
            newerThanDays.setValue(link.newerThanDays());
            unassigned.setValue(link.unassigned());
            requests.atRisk.setValue(link.atRisk());
            requests.filedSince.setValue(link.filedSince());
            organisation.setValue(link.organisationId() == null ? null : knownOrganisation(link.organisationId()));
        });
    }

    private @Nullable OrganisationSummary knownOrganisation(long id) {
        try {
            return organisations.summary(id);
        } catch (NotFoundInScopeException e) {
            return null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title");
    }
}
