package app.ponte.sla.ui;

import app.ponte.base.ui.FieldRefusals;
import app.ponte.request.Priority;
import app.ponte.sla.CalendarChoice;
import app.ponte.sla.PlanDraft;
import app.ponte.sla.PlanSummary;
import app.ponte.sla.PlanTarget;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Create or edit a plan: name, on-call cover, and for P1 to P4 two targets, each an amount, a unit and a
 * calendar. Refusals land on the field they concern; a plan saved meanwhile is said so and nothing typed is lost.
 */
class PlanEditor extends Dialog {

    final TextField name = new TextField();
    final Checkbox onCallCover = new Checkbox();
    final Paragraph conflict = new Paragraph();
    final Button save = new Button();

    private final FieldRefusals refusals;
    private @Nullable PlanSummary editing;

    /** One target: the amount, its unit and the calendar it is counted on. */
    final class TargetFields {
        final IntegerField amount = new IntegerField();
        final Select<DurationUnit> unit = new Select<>();
        final ComboBox<CalendarChoice> calendar = new ComboBox<>();

        TargetFields(String label, List<CalendarChoice> calendars) {
            amount.setLabel(label);
            amount.setMin(1);
            amount.setStepButtonsVisible(false);
            amount.addClassName("sla-target-amount");
            unit.setAriaLabel(getTranslation("sla.unit.label", label));
            unit.setItems(DurationUnit.values());
            unit.setItemLabelGenerator(u -> getTranslation(u.labelKey()));
            unit.setValue(DurationUnit.HOURS);
            unit.addClassName("sla-target-unit");
            calendar.setLabel(getTranslation("sla.plan.calendar"));
            calendar.setItems(calendars);
            calendar.setItemLabelGenerator(CalendarChoice::name);
            calendar.addClassName("sla-target-calendar");
        }

        Div layout() {
            var row = new Div(amount, unit, calendar);
            row.addClassName("sla-target-row");
            return row;
        }

        void show(int minutes, long calendarId) {
            DurationUnit fitting = DurationUnit.fitting(minutes);
            unit.setValue(fitting);
            amount.setValue(minutes / fitting.minutes);
            calendar.setValue(calendar.getListDataView().getItems().filter(c -> c.id() == calendarId).findFirst()
                    .orElse(null));
        }

        void clear() {
            amount.clear();
            unit.setValue(DurationUnit.HOURS);
            calendar.clear();
        }

        /** The minutes typed; null when nothing was (the service says so on the field). */
        @Nullable Integer minutes() {
            Integer typed = amount.getValue();
            return typed == null ? null : (int) Math.min(Integer.MAX_VALUE,
                    (long) typed * (unit.getValue() == null ? 1 : unit.getValue().minutes));
        }

        @Nullable Long calendarId() {
            return calendar.getValue() == null ? null : calendar.getValue().id();
        }
    }

    private final Map<Priority, TargetFields> firstResponses = new EnumMap<>(Priority.class);
    private final Map<Priority, TargetFields> resolutions = new EnumMap<>(Priority.class);

    PlanEditor(List<CalendarChoice> calendars) {
        setWidth("44rem");
        setMaxWidth("100%");
        name.setLabel(getTranslation("sla.plan.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(120);
        name.setWidthFull();
        onCallCover.setLabel(getTranslation("sla.plan.on-call-cover"));
        conflict.addClassName("conflict");
        conflict.setVisible(false);
        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(conflict, name, onCallCover);
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("name", name);
        for (Priority priority : Priority.values()) {
            var first = new TargetFields(getTranslation("sla.plan.first-response"), calendars);
            var resolution = new TargetFields(getTranslation("sla.plan.resolution"), calendars);
            firstResponses.put(priority, first);
            resolutions.put(priority, resolution);
            var heading = new H4(SlaTexts.priority(this, priority));
            heading.addClassName("sla-target-heading");
            add(heading, first.layout(), resolution.layout());
            fields.put(priority + ".firstResponse", first.amount);
            fields.put(priority + ".firstResponseCalendar", first.calendar);
            fields.put(priority + ".resolution", resolution.amount);
            fields.put(priority + ".resolutionCalendar", resolution.calendar);
        }
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
        refusals = new FieldRefusals(fields, name);
    }

    /** The first-response fields of a priority. */
    TargetFields firstResponse(Priority priority) {
        return firstResponses.get(priority);
    }

    /** The resolution fields of a priority. */
    TargetFields resolution(Priority priority) {
        return resolutions.get(priority);
    }

    void editNew() {
        editing = null;
        setHeaderTitle(getTranslation("sla.plan.new"));
        name.clear();
        onCallCover.setValue(false);
        for (Priority priority : Priority.values()) {
            firstResponse(priority).clear();
            resolution(priority).clear();
        }
        resetMessages();
        open();
    }

    void edit(PlanSummary plan) {
        editing = plan;
        setHeaderTitle(getTranslation("sla.plan.edit-title", plan.name()));
        name.setValue(plan.name());
        onCallCover.setValue(plan.onCallCover());
        for (Priority priority : Priority.values()) {
            firstResponse(priority).clear();
            resolution(priority).clear();
        }
        for (PlanTarget target : plan.targets()) {
            firstResponse(target.priority()).show(target.firstResponseMinutes(), target.firstResponseCalendarId());
            resolution(target.priority()).show(target.resolutionMinutes(), target.resolutionCalendarId());
        }
        resetMessages();
        open();
    }

    @Nullable PlanSummary editing() {
        return editing;
    }

    PlanDraft draft() {
        List<PlanDraft.Target> targets = new ArrayList<>();
        for (Priority priority : Priority.values()) {
            TargetFields first = firstResponse(priority);
            TargetFields resolution = resolution(priority);
            targets.add(new PlanDraft.Target(priority, first.minutes(), first.calendarId(), resolution.minutes(),
                    resolution.calendarId()));
        }
        return new PlanDraft(name.getValue(), onCallCover.getValue(), targets);
    }

    /**
     * Saves through {@code save} and closes when it was saved; when somebody saved the plan meanwhile,
     * {@code current} gives it as it is now (its version), and what was typed stays.
     */
    @Nullable PlanSummary attempt(Supplier<PlanSummary> save, Supplier<PlanSummary> current) {
        var saved = new AtomicReference<@Nullable PlanSummary>();
        if (refusals.whenChangedMeanwhile(() -> showConflict(current.get())).attempt(() -> saved.set(save.get()))) {
            close();
        }
        return saved.get();
    }

    private void showConflict(PlanSummary current) {
        editing = current;
        conflict.setText(getTranslation("sla.plan.conflict"));
        conflict.setVisible(true);
    }

    private void resetMessages() {
        name.setInvalid(false);
        for (Priority priority : Priority.values()) {
            for (TargetFields fields : List.of(firstResponse(priority), resolution(priority))) {
                fields.amount.setInvalid(false);
                fields.calendar.setInvalid(false);
            }
        }
        conflict.setVisible(false);
    }
}
