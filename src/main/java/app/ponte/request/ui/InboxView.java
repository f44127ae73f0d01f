package app.ponte.request.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import app.ponte.base.ui.ViewerTime;
import app.ponte.organisation.OrganisationFilter;
import app.ponte.organisation.OrganisationService;
import app.ponte.organisation.OrganisationSummary;
import app.ponte.request.RequestFilter;
import app.ponte.request.RequestService;
import app.ponte.request.RequestSummary;
import app.ponte.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The team's inbox: every organisation's requests, newest first, by organisation, kind, status and assignee. */
@Route("inbox")
@RolesAllowed({Roles.TEAM, Roles.ADMIN})
@Menu(order = 10, icon = "vaadin:inbox", title = "nav.inbox")
class InboxView extends VerticalLayout implements HasDynamicTitle {

    final RequestGrid requests;
    final ComboBox<OrganisationSummary> organisation = new ComboBox<>();
    final Checkbox unassigned = new Checkbox();
    final Button newRequest = new Button();

    InboxView(RequestService service, OrganisationService organisations, ViewerTime viewerTime) {
        setSizeFull();
        requests = new RequestGrid(viewerTime, service::inbox, service::exportInbox, this::withTeamFilters);
        requests.grid.setId("inbox-grid");
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
        organisation.addValueChangeListener(e -> requests.refresh());
        unassigned.setLabel(getTranslation("requests.unassigned"));
        unassigned.addValueChangeListener(e -> requests.refresh());
        newRequest.setText(getTranslation("requests.new"));
        newRequest.setIcon(VaadinIcon.PLUS.create());
        newRequest.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newRequest.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(NewRequestView.class)));
        requests.toolbar.add(organisation, unassigned, newRequest);
        add(new H2(getTranslation("inbox.heading")), requests);
    }

    private RequestFilter withTeamFilters(RequestFilter shared) {
        Long organisationId = organisation.getValue() == null ? null : organisation.getValue().id();
        return new RequestFilter(shared.titleWords(), shared.kind(), shared.status(), organisationId, null,
                unassigned.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title");
    }
}
