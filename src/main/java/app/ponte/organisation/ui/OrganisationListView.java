package app.ponte.organisation.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import app.ponte.base.ui.ViewerTime;
import app.ponte.organisation.OrganisationService;
import app.ponte.organisation.OrganisationSummary;
import app.ponte.security.Roles;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The organisations the team serves, with the local time in each: the team and the admins see them
 * all. Editing arrives with the administration views.
 */
@Route("organisations")
@RolesAllowed({Roles.ADMIN, Roles.TEAM})
@Menu(order = 20, icon = "vaadin:building", title = "nav.organisations")
class OrganisationListView extends VerticalLayout implements HasDynamicTitle {

    static final String GRID_ID = "organisations-grid";

    final TextField filter = new TextField();
    final Grid<OrganisationSummary> grid = new Grid<>();

    OrganisationListView(OrganisationService organisations, ViewerTime viewerTime) {
        setSizeFull();
        filter.setId("organisations-filter");
        filter.setPlaceholder(getTranslation("organisations.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.setId(GRID_ID);
        grid.addColumn(OrganisationSummary::name).setHeader(getTranslation("organisations.name"))
                .setKey("name").setSortProperty("name").setFlexGrow(2);
        grid.addColumn(o -> getTranslation(o.kind().labelKey())).setHeader(getTranslation("organisations.kind"))
                .setKey("kind").setAutoWidth(true).setFlexGrow(0).setSortProperty("kind");
        grid.addColumn(o -> o.timeZone().getId()).setHeader(getTranslation("organisations.time-zone"))
                .setKey("timeZone").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(o -> viewerTime.nowIn(o.timeZone(), getLocale()))
                .setHeader(getTranslation("organisations.local-time")).setKey("localTime").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(o -> getTranslation("language." + o.language())).setHeader(getTranslation("organisations.language"))
                .setKey("language").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(o -> getTranslation(o.active() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("organisations.active")).setKey("active").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> organisations.list(filter.getValue(), toSpringPageRequest(query)).stream());
        grid.setSizeFull();
        add(filter, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisations.title");
    }
}
