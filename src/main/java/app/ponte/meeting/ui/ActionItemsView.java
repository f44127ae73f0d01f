package app.ponte.meeting.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import app.ponte.meeting.ActionItems;
import app.ponte.organisation.OrganisationSummary;
import app.ponte.organisation.Organisations;
import app.ponte.security.OrganisationScope;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;

/**
 * Action items: the caller's own, then their organisation's (the team: every organisation's, or one it picks), open
 * ones first with the overdue on top; each ticked done or re-opened in place. Cards below 600 px.
 */
@Route("action-items")
@PermitAll
@Menu(order = 17, icon = "vaadin:check-square-o", title = "nav.action-items")
class ActionItemsView extends VerticalLayout implements HasDynamicTitle {

    static final String MINE_ID = "action-items-mine";
    static final String ORGANISATION_ID = "action-items-organisation";
    static final String FILTER_ID = "action-items-filter";

    final ActionItemGrid mine;
    final ActionItemGrid organisation;
    final ComboBox<OrganisationSummary> filter = new ComboBox<>();

    private final ActionItems items;

    ActionItemsView(ActionItems items, Organisations organisations, OrganisationScope scope) {
        this.items = items;
        addClassName("action-items-view");
        boolean team = scope.seesEveryOrganisation();
        add(new H2(getTranslation("meeting.items.heading")));
        add(new Paragraph(getTranslation("meeting.items.intro")));
        mine = new ActionItemGrid(items, team, team, this::refresh);
        mine.setId(MINE_ID);
        mine.setMinHeight("16rem");
        mine.setEmptyStateText(getTranslation("meeting.items.mine.none"));
        organisation = new ActionItemGrid(items, team, team, this::refresh);
        organisation.setId(ORGANISATION_ID);
        organisation.setMinHeight("20rem");
        organisation.setEmptyStateText(getTranslation(team ? "meeting.items.all.none"
                : "meeting.items.organisation.none"));
        add(new H3(getTranslation("meeting.items.mine")), mine);
        add(new H3(getTranslation(team ? "meeting.items.all" : "meeting.items.organisation")));
        if (team) {
            filter.setId(FILTER_ID);
            filter.setLabel(getTranslation("meeting.items.filter"));
            filter.setClearButtonVisible(true);
            filter.setItemLabelGenerator(OrganisationSummary::name);
            filter.setItems(query -> organisations.activeDepartmentsAndClients(query.getFilter().orElse(""),
                    toSpringPageRequest(query)).stream());
            filter.addValueChangeListener(event -> refresh());
            add(filter);
        }
        add(organisation);
        refresh();
    }

    private void refresh() {
        @Nullable Long chosen = filter.getValue() == null ? null : filter.getValue().id();
        mine.setItems(query -> items.mine(toSpringPageRequest(query)).stream());
        organisation.setItems(query -> items.ofOrganisation(chosen, toSpringPageRequest(query)).stream());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meeting.items.title");
    }
}
