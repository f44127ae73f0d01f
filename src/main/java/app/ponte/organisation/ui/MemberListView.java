package app.ponte.organisation.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import app.ponte.organisation.MemberService;
import app.ponte.organisation.MemberSummary;
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
 * People and their roles. A client admin sees the members of their own company only; an admin sees
 * everybody. The tenant scope, not this view, decides which rows exist.
 */
@Route("members")
@RolesAllowed({Roles.ADMIN, Roles.CLIENT_ADMIN})
@Menu(order = 30, icon = "vaadin:users", title = "nav.members")
class MemberListView extends VerticalLayout implements HasDynamicTitle {

    static final String GRID_ID = "members-grid";

    final TextField filter = new TextField();
    final Grid<MemberSummary> grid = new Grid<>();

    MemberListView(MemberService members) {
        setSizeFull();
        filter.setId("members-filter");
        filter.setPlaceholder(getTranslation("members.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.setId(GRID_ID);
        grid.addColumn(MemberSummary::displayName).setHeader(getTranslation("members.name")).setKey("name")
                .setFlexGrow(2);
        grid.addColumn(MemberSummary::email).setHeader(getTranslation("members.email")).setKey("email").setFlexGrow(2);
        grid.addColumn(MemberSummary::organisationName).setHeader(getTranslation("members.organisation"))
                .setKey("organisation").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> getTranslation(m.role().labelKey())).setHeader(getTranslation("members.role"))
                .setKey("role").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> getTranslation(m.accountActive() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("members.active")).setKey("active").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> members.list(filter.getValue(), toSpringPageRequest(query)).stream());
        grid.setSizeFull();
        add(filter, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("members.title");
    }
}
