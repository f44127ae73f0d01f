package app.ponte.roadmap.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import app.ponte.base.ui.Days;
import app.ponte.organisation.OrganisationSummary;
import app.ponte.organisation.Organisations;
import app.ponte.roadmap.ChangelogLine;
import app.ponte.roadmap.Deliveries;
import app.ponte.security.CurrentUser;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * What was delivered for an organisation and what it changed, newest first; the team reads every
 * organisation's until it picks one.
 */
@Route("changelog")
@PermitAll
@Menu(order = 15, icon = "vaadin:newspaper", title = "nav.changelog")
class ChangelogView extends VerticalLayout implements HasDynamicTitle {

    final Grid<ChangelogLine> entries = new Grid<>();
    private final OrganisationChoice organisation;

    ChangelogView(Deliveries deliveries, Organisations organisations, CurrentUser currentUser) {
        organisation = new OrganisationChoice(organisations, currentUser,
                getTranslation("roadmap.filter.organisation"));
        organisation.picker.setId("changelog-organisation");
        setSizeFull();
        entries.setId("changelog");
        entries.addColumn(line -> Days.format(line.publishedOn(), getLocale()))
                .setHeader(getTranslation("roadmap.column.published")).setAutoWidth(true).setFlexGrow(0);
        entries.addColumn(ChangelogLine::title).setHeader(getTranslation("roadmap.column.title")).setFlexGrow(2)
                .setTooltipGenerator(ChangelogLine::title);
        entries.addColumn(ChangelogLine::whatChanged).setHeader(getTranslation("roadmap.column.what-changed"))
                .setFlexGrow(3).setTooltipGenerator(ChangelogLine::whatChanged);
        entries.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        // The team reads every organisation's changelog until it picks one: the page never waits on a pick.
        entries.setItems(query -> organisation.chosen().map(OrganisationSummary::id)
                .map(id -> deliveries.changelog(id, toSpringPageRequest(query)))
                .orElseGet(() -> deliveries.wholeChangelog(toSpringPageRequest(query))).stream());
        organisation.picker.addValueChangeListener(e -> entries.getDataProvider().refreshAll());
        add(new H2(getTranslation("roadmap.changelog.title")), new Paragraph(getTranslation(organisation.team()
                ? "roadmap.changelog.intro-team" : "roadmap.changelog.intro")), organisation.picker, entries);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("roadmap.changelog.title");
    }
}
