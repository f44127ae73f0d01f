package app.ponte.report.ui;

import app.ponte.base.ui.NarrowScreen;
import app.ponte.report.ReportScheduleRow;
import app.ponte.report.ReportSchedules;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import org.jspecify.annotations.Nullable;

/**
 * The report schedule of every department and client: how often it receives its report, or off. The team reads
 * it; admins change a row ("Change"), as they can in the organisation's editor. Cards on a phone.
 */
class ReportSchedulesPanel extends VerticalLayout {

    static final String GRID_ID = "report-schedules";
    static final String CHANGE_PREFIX = "report-schedule-change-";

    final Grid<ReportScheduleRow> grid = new Grid<>();
    final Grid.Column<ReportScheduleRow> card;
    private Grid.@Nullable Column<ReportScheduleRow> change;
    private final ReportSchedules schedules;
    private boolean narrow;

    ReportSchedulesPanel(ReportSchedules schedules, boolean admin) {
        this.schedules = schedules;
        setPadding(false);
        grid.setId(GRID_ID);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ReportScheduleRow::organisationName).setHeader(getTranslation("report.list.organisation"))
                .setFlexGrow(2);
        grid.addColumn(this::cadence).setHeader(getTranslation("report.schedule.kind")).setAutoWidth(true);
        card = grid.addColumn(LitRenderer.<ReportScheduleRow>of("""
                        <div class="report-card"><div class="report-card-title">${item.name}</div>\
                        <div>${item.cadence}</div></div>""")
                        .withProperty("name", ReportScheduleRow::organisationName)
                        .withProperty("cadence", this::cadence))
                .setHeader(getTranslation("report.list.organisation"));
        card.setVisible(false);
        if (admin) {
            change = grid.addComponentColumn(row -> {
                var change = new Button(getTranslation("report.schedule.change"), e -> edit(row));
                change.setId(CHANGE_PREFIX + row.organisationId());
                change.addThemeVariants(ButtonVariant.LUMO_SMALL);
                return change;
            }).setHeader(getTranslation("report.schedule.actions")).setAutoWidth(true);
        }
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("report.schedule.none"));
        NarrowScreen.follow(this, () -> narrow, this::narrow);
        add(new Paragraph(getTranslation(admin ? "report.schedule.help.admin" : "report.schedule.help")), grid);
        refresh();
    }

    void narrow(boolean narrow) {
        this.narrow = narrow;
        NarrowScreen.showCards(grid, card, narrow);
        if (change != null) {
            change.setVisible(true); // a phone shows the button next to the card
        }
    }

    private String cadence(ReportScheduleRow row) {
        return row.active() ? getTranslation(row.periodKind().labelKey()) : getTranslation("report.schedule.off");
    }

    private void refresh() {
        grid.setItems(schedules.schedules());
    }

    private void edit(ReportScheduleRow row) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(row.organisationName());
        dialog.add(new ReportPeriodForm(schedules, row, saved -> {
            dialog.close();
            refresh();
        }));
        dialog.getFooter().add(new Button(getTranslation("report.close"), e -> dialog.close()));
        dialog.open();
    }
}
