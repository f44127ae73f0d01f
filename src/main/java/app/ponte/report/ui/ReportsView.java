package app.ponte.report.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import app.ponte.base.ui.LocalisedFormats;
import app.ponte.base.ui.NarrowScreen;
import app.ponte.base.ui.SectionSwitch;
import app.ponte.base.ui.ViewerTime;
import app.ponte.organisation.OrganisationSummary;
import app.ponte.organisation.Organisations;
import app.ponte.report.ProgressReports;
import app.ponte.report.ReportDocuments;
import app.ponte.report.ReportPeriodWords;
import app.ponte.report.ReportSchedules;
import app.ponte.report.ReportSummary;
import app.ponte.security.CurrentUser;
import app.ponte.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Progress reports: the organisation's reports newest first (a department or client sees its own; the team every
 * organisation's, narrowed by a filter), each opening its page. The team also finds the schedules here and may
 * preview a period that has ended or send its report early with a note; admins change a schedule.
 */
@Route("reports")
@PermitAll
@Menu(order = 18, icon = "vaadin:file-text-o", title = "nav.reports")
class ReportsView extends VerticalLayout implements HasDynamicTitle {

    static final String GRID_ID = "reports-list";
    static final String ORGANISATION_ID = "reports-organisation";
    static final String PREVIEW_ID = "reports-preview";
    static final String SEND_ID = "reports-send";

    final Grid<ReportSummary> grid = new Grid<>();
    final ComboBox<OrganisationSummary> organisation = new ComboBox<>();
    final Grid.Column<ReportSummary> card;
    private final ProgressReports reports;
    private final ViewerTime viewerTime;
    private final boolean team;
    private boolean narrow;

    ReportsView(ProgressReports reports, ReportSchedules schedules, ReportDocuments documents,
            Organisations organisations, CurrentUser currentUser, ViewerTime viewerTime) {
        this.reports = reports;
        this.viewerTime = viewerTime;
        Role role = currentUser.require().requireActive().role();
        this.team = role.seesEveryOrganisation();
        addClassName("reports-view");
        add(new H2(getTranslation("report.list.heading")));
        grid.setId(GRID_ID);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        if (team) {
            grid.addColumn(ReportSummary::organisationName).setHeader(getTranslation("report.list.organisation"))
                    .setFlexGrow(2);
        }
        grid.addComponentColumn(row -> new Anchor("reports/" + row.id(), period(row)))
                .setHeader(getTranslation("report.list.period")).setFlexGrow(2);
        grid.addColumn(row -> time(row.generatedAt())).setHeader(getTranslation("report.list.generated"))
                .setAutoWidth(true);
        grid.addColumn(this::sent).setHeader(getTranslation("report.list.sent")).setFlexGrow(2);
        card = grid.addColumn(LitRenderer.<ReportSummary>of("""
                        <div class="report-card"><a class="report-card-title" href="reports/${item.id}">\
                        ${item.title}</a><div>${item.sent}</div></div>""")
                        .withProperty("id", ReportSummary::id)
                        .withProperty("title", row -> team ? row.organisationName() + " · " + period(row) : period(row))
                        .withProperty("sent", this::sent))
                .setHeader(getTranslation("report.list.period"));
        card.setVisible(false);
        grid.addItemClickListener(click -> click.getSource().getUI()
                .ifPresent(ui -> ui.navigate("reports/" + click.getItem().id())));
        grid.setEmptyStateText(getTranslation(team ? "report.list.none.team" : "report.list.none"));
        grid.setMinHeight("16rem");
        NarrowScreen.follow(this, () -> narrow, this::narrow);
        if (team) {
            add(teamTools(organisations, reports, documents));
            var sections = new SectionSwitch(getTranslation("report.sections"));
            sections.setWidthFull();
            sections.add(getTranslation("report.tab.reports"), grid);
            sections.add(getTranslation("report.tab.schedules"),
                    new ReportSchedulesPanel(schedules, role == Role.ADMIN));
            add(sections);
        } else {
            add(grid);
        }
        refresh();
    }

    private HorizontalLayout teamTools(Organisations organisations, ProgressReports reports,
            ReportDocuments documents) {
        organisation.setId(ORGANISATION_ID);
        organisation.setLabel(getTranslation("report.list.organisation"));
        organisation.setClearButtonVisible(true);
        organisation.setItemLabelGenerator(OrganisationSummary::name);
        organisation.setItems(query -> organisations.activeDepartmentsAndClients(query.getFilter().orElse(""),
                toSpringPageRequest(query)).stream());
        organisation.addValueChangeListener(e -> refresh());
        var preview = new Button(getTranslation("report.preview"), e ->
                new ReportOrderDialog(reports, documents, organisations, organisation.getValue(), false, this::refresh)
                        .open());
        preview.setId(PREVIEW_ID);
        var send = new Button(getTranslation("report.send"), e ->
                new ReportOrderDialog(reports, documents, organisations, organisation.getValue(), true, this::refresh)
                        .open());
        send.setId(SEND_ID);
        var tools = new HorizontalLayout(organisation, preview, send);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        tools.setWrap(true);
        return tools;
    }

    void refresh() {
        @Nullable Long chosen = organisation.getValue() == null ? null : organisation.getValue().id();
        grid.setItems(query -> reports.list(chosen, toSpringPageRequest(query)).stream());
    }

    /** The phone's layout (one card per report) or the table; tests call it directly. */
    void narrow(boolean narrow) {
        this.narrow = narrow;
        NarrowScreen.showCards(grid, card, narrow);
    }

    private String period(ReportSummary row) {
        var locale = LocalisedFormats.currentLocale();
        return ReportPeriodWords.label(row.period(), locale, (key, args) -> getTranslation(key, args));
    }

    private String sent(ReportSummary row) {
        if (row.sentAt() == null) {
            return getTranslation("report.list.not-sent");
        }
        String when = time(row.sentAt());
        return row.sentEarlyBy() == null ? getTranslation("report.list.sent-scheduled", when)
                : getTranslation("report.list.sent-early", when, row.sentEarlyBy());
    }

    private String time(Instant instant) {
        return viewerTime.format(instant, LocalisedFormats.currentLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.list.title");
    }
}
