package app.ponte.catalogue.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import app.ponte.base.ui.Toasts;
import app.ponte.catalogue.SystemCatalogue;
import app.ponte.catalogue.SystemDetails;
import app.ponte.catalogue.SystemSummary;
import app.ponte.organisation.Organisations;
import app.ponte.organisation.TeamDirectory;
import app.ponte.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The systems the team runs: criticality, availability promised, owner, who depends on them. */
@Route("systems")
@RolesAllowed({Roles.ADMIN, Roles.TEAM})
@Menu(order = 25, icon = "vaadin:server", title = "nav.systems")
class SystemListView extends VerticalLayout implements HasDynamicTitle {

    final TextField filter = new TextField();
    final Grid<SystemSummary> grid = new Grid<>();
    final Button create = new Button();
    final SystemEditor editor;

    private final SystemCatalogue catalogue;

    SystemListView(SystemCatalogue catalogue, TeamDirectory team, Organisations organisations) {
        this.catalogue = catalogue;
        setSizeFull();
        editor = new SystemEditor(team.activeTeamPeople(), query -> organisations.activeDepartmentsAndClients(
                query.getFilter().orElse(""), toSpringPageRequest(query)).stream());
        editor.save.addClickListener(e -> save());
        filter.setPlaceholder(getTranslation("systems.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        create.setText(getTranslation("system.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> editor.editNew());
        grid.setId("systems-grid");
        grid.addColumn(SystemSummary::name).setHeader(getTranslation("system.name")).setKey("name").setFlexGrow(2);
        grid.addColumn(s -> getTranslation(s.criticality().labelKey())).setHeader(getTranslation("system.criticality"))
                .setKey("criticality").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> s.availabilityTarget().stripTrailingZeros().toPlainString() + " %")
                .setHeader(getTranslation("system.availability-target")).setKey("target").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(SystemSummary::ownerName).setHeader(getTranslation("system.owner")).setKey("owner")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SystemSummary::dependents).setHeader(getTranslation("system.dependents-count"))
                .setKey("dependents").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> catalogue.list(filter.getValue(), toSpringPageRequest(query)).stream());
        grid.addItemClickListener(e -> editor.edit(catalogue.details(e.getItem().id())));
        grid.setSizeFull();
        add(new HorizontalLayout(filter, create), grid);
    }


    private void save() {
        SystemDetails editing = editor.editing();
        SystemDetails saved = editor.attempt(() -> editing == null ? catalogue.create(editor.draft())
                : catalogue.update(editing.id(), editor.draft(), editing.version()),
                () -> catalogue.details(editing.id()));
        if (saved != null) {
            Toasts.done(getTranslation("system.saved", saved.name()));
            grid.getDataProvider().refreshAll();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("systems.title");
    }
}
