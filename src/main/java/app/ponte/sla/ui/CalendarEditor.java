package app.ponte.sla.ui;

import app.ponte.base.ui.FieldRefusals;
import app.ponte.base.ui.FormMessage;
import app.ponte.base.ui.Toasts;
import app.ponte.sla.BusinessCalendars;
import app.ponte.sla.CalendarDetails;
import app.ponte.sla.CalendarDraft;
import app.ponte.sla.CalendarPeriod;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A calendar opened from the list: admins edit its name, zone, working week and holidays; the team reads the same,
 * without a button that changes anything. A save closes it and says so in a toast, like a plan's; refusals land on
 * their field (a day's hours under that day); a calendar saved meanwhile is said so and what was typed stays.
 */
class CalendarEditor extends Dialog {

    final TextField name = new TextField();
    final ComboBox<String> zone = new ComboBox<>();
    final Map<DayOfWeek, DayHours> days = new HashMap<>();
    final FormMessage message = new FormMessage();
    final Button save = new Button();
    final HolidaysPart holidays;

    private final BusinessCalendars calendars;
    private final boolean editable;
    private final FieldRefusals refusals;
    private final Runnable changed;
    private @Nullable CalendarDetails editing;

    CalendarEditor(BusinessCalendars calendars, boolean editable, Runnable changed) {
        this.calendars = calendars;
        this.editable = editable;
        this.changed = changed;
        setId("calendar-editor");
        addClassName("calendar-editor");
        setWidth("min(48rem, 100vw)");
        name.setLabel(getTranslation("calendar.name"));
        name.setId("calendar-name");
        name.setMaxLength(120);
        name.setRequiredIndicatorVisible(editable);
        name.setReadOnly(!editable);
        zone.setLabel(getTranslation("calendar.zone"));
        zone.setId("calendar-zone");
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        zone.setReadOnly(!editable);
        zone.setRequiredIndicatorVisible(editable);
        var week = new FormLayout();
        week.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("34rem", 2));
        Map<String, HasValidation> fields = new HashMap<>(Map.of("name", name, "zone", zone, "hours", message));
        for (DayOfWeek day : DayOfWeek.values()) {
            var hours = new DayHours(day, getLocale(), editable);
            days.put(day, hours);
            week.add(hours);
            fields.put("hours." + day.name(), hours);
        }
        var weekHeading = new H3(getTranslation("calendar.week"));
        var weekHelp = new Paragraph(getTranslation("calendar.week-help"));
        weekHelp.addClassName("calendar-help");
        holidays = new HolidaysPart(calendars, editable, this::holidaysChanged);
        var form = new FormLayout(name, zone);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        add(message, form, weekHeading, weekHelp, week, holidays);
        save.setText(getTranslation("common.save"));
        save.setId("calendar-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        save.setVisible(editable);
        getFooter().add(new Button(getTranslation(editable ? "common.cancel" : "calendar.close"),
                e -> close()), save);
        refusals = new FieldRefusals(fields, message).whenChangedMeanwhile(this::changedMeanwhile);
    }

    /** A new calendar: Monday to Friday 09:00-18:00 in the viewer's zone, to start from. */
    void editNew(ZoneId viewerZone) {
        editing = null;
        setHeaderTitle(getTranslation("calendar.new"));
        name.clear();
        zone.setValue(viewerZone.getId());
        List<CalendarPeriod> weekdays = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            weekdays.add(new CalendarPeriod(day, LocalTime.of(9, 0), LocalTime.of(18, 0)));
        }
        days.values().forEach(d -> d.show(weekdays));
        holidays.setVisible(false);
        resetMessages();
        open();
    }

    void edit(CalendarDetails calendar) {
        show(calendar);
        resetMessages();
        open();
    }

    private void show(CalendarDetails calendar) {
        editing = calendar;
        setHeaderTitle(getTranslation(editable ? "calendar.edit" : "calendar.view", calendar.name()));
        name.setValue(calendar.name());
        zone.setValue(calendar.zone().getId());
        days.values().forEach(d -> d.show(calendar.periods()));
        holidays.show(calendar);
        holidays.setVisible(true);
    }

    @Nullable CalendarDetails editing() {
        return editing;
    }

    CalendarDraft draft() {
        List<CalendarPeriod> periods = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            periods.addAll(days.get(day).periods());
        }
        return new CalendarDraft(name.getValue(), zone.getValue(), periods);
    }

    private void save() {
        var draft = draft();
        CalendarDetails before = editing;
        if (refusals.attempt(() -> {
            CalendarDetails saved = before == null ? calendars.create(draft)
                    : calendars.change(before.id(), draft, before.version());
            editing = saved;
        })) {
            close();
            Toasts.done(getTranslation(before == null ? "calendar.created" : "calendar.saved-name", editing.name()));
            changed.run();
        }
    }

    /** Holidays were added, removed or imported: the calendar is at a new version. */
    private void holidaysChanged(CalendarDetails calendar) {
        if (editing != null) {
            editing = new CalendarDetails(calendar.id(), calendar.version(), editing.name(), editing.zone(),
                    editing.periods(), calendar.holidays());
        }
        changed.run();
    }

    /** Somebody saved the calendar meanwhile: the new version is taken, what was typed stays for another save. */
    private void changedMeanwhile() {
        if (editing != null) {
            CalendarDetails current = calendars.calendar(editing.id());
            editing = current;
            holidays.show(current);
        }
        message.say(getTranslation("calendar.conflict"));
    }

    private void resetMessages() {
        List.<HasValidation>of(name, zone, message).forEach(f -> f.setInvalid(false));
        days.values().forEach(d -> d.setInvalid(false));
        holidays.resetMessages();
    }
}
