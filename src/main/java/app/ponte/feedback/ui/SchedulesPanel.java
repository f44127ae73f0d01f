package app.ponte.feedback.ui;

import app.ponte.base.ui.FieldRefusals;
import app.ponte.base.ui.LocalisedFormats;
import app.ponte.base.ui.NarrowScreen;
import app.ponte.base.ui.Toasts;
import app.ponte.feedback.ScheduleRow;
import app.ponte.feedback.SurveySchedules;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The relationship survey's schedule per department and client, for admins: the next day (or off) and the last
 * round sent; "Change" sets another day or turns the survey off. One row per organisation the team serves; on a
 * phone the organisation and its days make one card next to the button.
 */
class SchedulesPanel extends VerticalLayout {

    static final String GRID_ID = "survey-schedules";
    static final String CHANGE_PREFIX = "survey-change-";
    static final String DAY_ID = "survey-next";

    final Grid<ScheduleRow> grid = new Grid<>();
    final Grid.Column<ScheduleRow> card;
    final Grid.Column<ScheduleRow> change;
    private final SurveySchedules schedules;
    private boolean narrow;

    SchedulesPanel(SurveySchedules schedules) {
        this.schedules = schedules;
        NarrowScreen.follow(this, () -> narrow, this::narrow);
        setPadding(false);
        var locale = LocalisedFormats.currentLocale();
        grid.setId(GRID_ID);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ScheduleRow::organisationName).setHeader(getTranslation("feedback.results.organisation"))
                .setFlexGrow(2);
        grid.addColumn(row -> next(row)).setHeader(getTranslation("feedback.schedule.next"))
                .setAutoWidth(true);
        grid.addColumn(row -> LocalisedFormats.day(row.lastSentOn(), locale))
                .setHeader(getTranslation("feedback.schedule.last")).setAutoWidth(true);
        card = grid.addColumn(LitRenderer.<ScheduleRow>of("""
                        <div class="feedback-figure-card"><div class="feedback-figure-card-title">${item.name}</div>\
                        <div>${item.days}</div></div>""")
                        .withProperty("name", ScheduleRow::organisationName)
                        .withProperty("days", row -> getTranslation("feedback.schedule.card", next(row),
                                LocalisedFormats.day(row.lastSentOn(), locale))))
                .setHeader(getTranslation("feedback.results.organisation"));
        card.setVisible(false);
        change = grid.addComponentColumn(row -> {
            var change = new Button(getTranslation("feedback.schedule.change"), e -> edit(row));
            change.setId(CHANGE_PREFIX + row.organisationId());
            change.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return change;
        }).setHeader(getTranslation("feedback.schedule.actions")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("feedback.schedule.none"));
        add(new Paragraph(getTranslation("feedback.schedule.help")), grid);
        refresh();
    }

    private String next(ScheduleRow row) {
        return row.nextOn() == null ? getTranslation("feedback.schedule.off")
                : LocalisedFormats.day(row.nextOn(), LocalisedFormats.currentLocale());
    }

    /** The phone's layout (a card and its button per organisation) or the table; tests call it directly. */
    void narrow(boolean narrow) {
        this.narrow = narrow;
        NarrowScreen.showCards(grid, card, narrow);
        change.setVisible(true);
    }

    boolean isNarrow() {
        return narrow;
    }

    private void refresh() {
        grid.setItems(schedules.schedules());
    }

    private void edit(ScheduleRow row) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(row.organisationName());
        var day = new DatePicker(getTranslation("feedback.schedule.next"));
        day.setId(DAY_ID);
        day.setValue(row.nextOn());
        day.setLocale(LocalisedFormats.currentLocale());
        var refusals = new FieldRefusals(Map.of("next", day), day).whenChangedMeanwhile(() -> {
            Toasts.info(getTranslation("feedback.schedule.changed"));
            dialog.close();
            refresh();
        });
        var save = new Button(getTranslation("feedback.schedule.save"), e -> {
            if (day.getValue() == null) {
                day.setErrorMessage(getTranslation("input.required"));
                day.setInvalid(true);
                return;
            }
            save(dialog, refusals, row, day.getValue());
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var off = new Button(getTranslation("feedback.schedule.turn-off"), e -> save(dialog, refusals, row, null));
        dialog.add(day);
        dialog.getFooter().add(new Button(getTranslation("feedback.cancel"), e -> dialog.close()), off, save);
        dialog.open();
    }

    private void save(Dialog dialog, FieldRefusals refusals, ScheduleRow row, @Nullable LocalDate next) {
        if (refusals.attempt(() -> schedules.plan(row.organisationId(), next, row.version()))) {
            dialog.close();
            Toasts.done(getTranslation("feedback.schedule.saved"));
            refresh();
        }
    }
}
