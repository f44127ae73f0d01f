package app.ponte.report.ui;

import app.ponte.base.ui.FieldRefusals;
import app.ponte.base.ui.Toasts;
import app.ponte.report.ReportPeriodKind;
import app.ponte.report.ReportScheduleRow;
import app.ponte.report.ReportSchedules;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.Map;
import java.util.function.Consumer;

/**
 * An administrator's choice of one organisation's report period and whether it receives reports, saved on its own
 * button. A schedule changed by somebody else meanwhile is said and reloaded; the choice made stays selected.
 */
class ReportPeriodForm extends HorizontalLayout {

    static final String KIND_ID = "report-schedule-kind";
    static final String ACTIVE_ID = "report-schedule-active";
    static final String SAVE_ID = "report-schedule-save";

    final Select<ReportPeriodKind> kind = new Select<>();
    final Checkbox active = new Checkbox();
    final Button save = new Button();
    private final ReportSchedules schedules;
    private final Consumer<ReportScheduleRow> saved;
    private ReportScheduleRow shown;

    ReportPeriodForm(ReportSchedules schedules, ReportScheduleRow row, Consumer<ReportScheduleRow> saved) {
        this.schedules = schedules;
        this.saved = saved;
        this.shown = row;
        kind.setId(KIND_ID);
        kind.setLabel(getTranslation("report.schedule.kind"));
        kind.setItems(ReportPeriodKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setValue(row.periodKind());
        active.setId(ACTIVE_ID);
        active.setLabel(getTranslation("report.schedule.active"));
        active.setValue(row.active());
        save.setText(getTranslation("report.schedule.save"));
        save.setId(SAVE_ID);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var refusals = new FieldRefusals(Map.of("kind", kind), kind).whenChangedMeanwhile(() -> {
            Toasts.info(getTranslation("report.schedule.changed"));
            schedules.schedule(shown.organisationId()).ifPresent(fresh -> shown = fresh);
        });
        save.addClickListener(e -> {
            if (refusals.attempt(() -> shown = schedules.set(shown.organisationId(), kind.getValue(),
                    active.getValue(), shown.version()))) {
                Toasts.done(getTranslation("report.schedule.saved"));
                saved.accept(shown);
            }
        });
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        add(kind, active, save);
    }
}
