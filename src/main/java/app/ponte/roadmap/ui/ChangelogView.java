package app.ponte.roadmap.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import app.ponte.base.ui.Days;
import app.ponte.organisation.OrganisationSummary;
import app.ponte.organisation.Organisations;
import app.ponte.roadmap.ChangelogLine;
import app.ponte.roadmap.Deliveries;
import app.ponte.security.CurrentUser;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Stream;

/** What was delivered for an organisation and what it changed, newest first (the team picks whose). */
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
        entries.addColumn(ChangelogLine::title).setHeader(getTranslation("roadmap.column.title")).setFlexGrow(2);
        entries.addColumn(ChangelogLine::whatChanged).setHeader(getTranslation("roadmap.column.what-changed"))
                .setFlexGrow(3);
        entries.setItems(query -> organisation.chosen().map(OrganisationSummary::id)
                .map(id -> deliveries.changelog(id, toSpringPageRequest(query)).stream()).orElseGet(Stream::empty));
        organisation.picker.addValueChangeListener(e -> entries.getDataProvider().refreshAll());
        add(new Paragraph(getTranslation("roadmap.changelog.intro")), organisation.picker, entries);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("roadmap.changelog.title");
    }
}
