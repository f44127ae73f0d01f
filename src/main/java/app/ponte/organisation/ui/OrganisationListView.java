package app.ponte.organisation.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import app.ponte.base.ConcurrentEditException;
import app.ponte.base.RejectedInputException;
import app.ponte.base.ui.ViewerTime;
import app.ponte.organisation.OrganisationDetails;
import app.ponte.organisation.OrganisationFilter;
import app.ponte.organisation.OrganisationKind;
import app.ponte.organisation.OrganisationSummary;
import app.ponte.organisation.Organisations;
import app.ponte.security.CurrentUser;
import app.ponte.security.Role;
import app.ponte.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;

/**
 * The organisations the team serves, with the local time in each. Team members read; admins also
 * create, edit, deactivate and reactivate. The list is lazy and never counts the whole table.
 */
@Route("organisations")
@RolesAllowed({Roles.ADMIN, Roles.TEAM})
@Menu(order = 20, icon = "vaadin:building", title = "nav.organisations")
class OrganisationListView extends VerticalLayout implements HasDynamicTitle {

    static final String GRID_ID = "organisations-grid";
    static final String ALL = "all";

    final TextField filter = new TextField();
    final Select<String> kindFilter = new Select<>();
    final Select<String> stateFilter = new Select<>();
    final Button create = new Button();
    final Grid<OrganisationSummary> grid = new Grid<>();
    final OrganisationEditor editor;

    private final Organisations organisations;

    OrganisationListView(Organisations organisations, ViewerTime viewerTime, CurrentUser currentUser) {
        this.organisations = organisations;
        boolean admin = currentUser.require().requireActive().role() == Role.ADMIN;
        this.editor = new OrganisationEditor(admin ? organisations.accountManagerCandidates() : java.util.List.of());
        setSizeFull();

        filter.setId("organisations-filter");
        filter.setPlaceholder(getTranslation("organisations.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> refresh());
        kindFilter.setItems(ALL, OrganisationKind.TEAM.name(), OrganisationKind.DEPARTMENT.name(),
                OrganisationKind.CLIENT.name());
        kindFilter.setItemLabelGenerator(k -> ALL.equals(k) ? getTranslation("organisations.all-kinds")
                : getTranslation(OrganisationKind.valueOf(k).labelKey()));
        kindFilter.setValue(ALL);
        kindFilter.addValueChangeListener(e -> refresh());
        stateFilter.setItems(ALL, "active", "inactive");
        stateFilter.setItemLabelGenerator(s -> getTranslation("organisations.state." + s));
        stateFilter.setValue("active");
        stateFilter.addValueChangeListener(e -> refresh());
        create.setText(getTranslation("organisations.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(admin);
        create.addClickListener(e -> editor.createNew());
        var toolbar = new HorizontalLayout(filter, kindFilter, stateFilter, create);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId(GRID_ID);
        grid.addColumn(OrganisationSummary::name).setHeader(getTranslation("organisations.name")).setKey("name")
                .setFlexGrow(2);
        grid.addColumn(o -> getTranslation(o.kind().labelKey())).setHeader(getTranslation("organisations.kind"))
                .setKey("kind").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(o -> o.timeZone().getId()).setHeader(getTranslation("organisations.time-zone"))
                .setKey("timeZone").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(o -> viewerTime.nowIn(o.timeZone(), getLocale()))
                .setHeader(getTranslation("organisations.local-time")).setKey("localTime").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(o -> getTranslation("language." + o.language()))
                .setHeader(getTranslation("organisations.language")).setKey("language").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(o -> getTranslation(o.active() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("organisations.active")).setKey("active").setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(query -> organisations.list(currentFilter(), toSpringPageRequest(query)).stream());
        grid.setSizeFull();
        if (admin) {
            grid.addItemClickListener(e -> openEditor(e.getItem().id()));
        }

        editor.addSaveListener(this::save);
        editor.addActivationListener(this::changeActivation);
        add(toolbar, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisations.title");
    }

    OrganisationFilter currentFilter() {
        OrganisationKind kind = ALL.equals(kindFilter.getValue()) ? null : OrganisationKind.valueOf(kindFilter.getValue());
        Boolean active = switch (Optional.ofNullable(stateFilter.getValue()).orElse(ALL)) {
            case "active" -> true;
            case "inactive" -> false;
            default -> null;
        };
        return new OrganisationFilter(filter.getValue(), kind, active);
    }

    void openEditor(long id) {
        editor.edit(organisations.details(id), organisations.accountManagerCandidates());
    }

    private void save(OrganisationEditor.SaveEvent event) {
        try {
            OrganisationDetails saved = event.id == null ? organisations.create(event.draft)
                    : organisations.update(event.id, event.draft, event.version);
            editor.close();
            notify(getTranslation("organisations.saved", saved.name()), NotificationVariant.LUMO_SUCCESS);
            refresh();
        } catch (RejectedInputException e) {
            editor.showRejection(e);
        } catch (ConcurrentEditException e) {
            editor.showConflict(organisations.details(event.id));
        }
    }

    private void changeActivation(OrganisationEditor.ActivationEvent event) {
        try {
            OrganisationDetails saved = organisations.setActive(event.id, event.active, event.version);
            editor.close();
            notify(getTranslation(saved.active() ? "organisations.reactivated" : "organisations.deactivated",
                    saved.name()), NotificationVariant.LUMO_SUCCESS);
            refresh();
        } catch (RejectedInputException e) {
            editor.showRejection(e);
        } catch (ConcurrentEditException e) {
            editor.showConflict(organisations.details(event.id));
        }
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private static void notify(String text, NotificationVariant variant) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_START).addThemeVariants(variant);
    }
}
