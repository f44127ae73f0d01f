package app.ponte.sla.ui;

import app.ponte.base.ConcurrentEditException;
import app.ponte.base.RejectedInputException;
import app.ponte.base.ui.ComponentTexts;
import app.ponte.base.ui.FieldRefusals;
import app.ponte.base.ui.FormMessage;
import app.ponte.base.ui.LocalisedDatePicker;
import app.ponte.base.ui.LocalisedFormats;
import app.ponte.base.ui.RowActionsColumn;
import app.ponte.base.ui.SavedNote;
import app.ponte.sla.BusinessCalendars;
import app.ponte.sla.CalendarDetails;
import app.ponte.sla.CalendarHoliday;
import app.ponte.sla.HolidayImport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.InputStream;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A calendar's holidays: the list by date (one-off or every year), and for admins a holiday to add, a remove
 * button per row and an import from an ICS file. The file is read in memory as it streams in, never more than the
 * service's limit; a refused file says why and imports nothing.
 */
class HolidaysPart extends VerticalLayout {

    final Grid<CalendarHoliday> grid = new Grid<>();
    final DatePicker day = LocalisedDatePicker.localise(new DatePicker());
    final TextField name = new TextField();
    final Checkbox yearly = new Checkbox();
    final Button add = new Button();
    final Upload upload;
    final FormMessage message = new FormMessage();
    final SavedNote note = new SavedNote("holidays-saved");

    private final BusinessCalendars calendars;
    private final Consumer<CalendarDetails> changed;
    private final FieldRefusals refusals;
    private @Nullable CalendarDetails calendar;

    HolidaysPart(BusinessCalendars calendars, boolean editable, Consumer<CalendarDetails> changed) {
        this.calendars = calendars;
        this.changed = changed;
        setPadding(false);
        addClassName("calendar-holidays");
        grid.setId("calendar-holidays");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("calendar.holiday.none"));
        grid.addColumn(h -> LocalisedFormats.day(h.day(), getLocale())).setHeader(getTranslation("calendar.holiday.day"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(h -> h.yearly() ? getTranslation("calendar.holiday.yearly-name", h.name()) : h.name())
                .setHeader(getTranslation("calendar.holiday.name")).setFlexGrow(1);
        if (editable) {
            RowActionsColumn.add(grid, h -> {
                var remove = new Button(VaadinIcon.TRASH.create(), e -> remove(h));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(getTranslation("calendar.holiday.remove", h.name()));
                return remove;
            });
        }
        day.setLabel(getTranslation("calendar.holiday.day"));
        day.setId("holiday-day");
        name.setLabel(getTranslation("calendar.holiday.name"));
        name.setId("holiday-name");
        name.setMaxLength(120);
        yearly.setLabel(getTranslation("calendar.holiday.yearly"));
        add.setText(getTranslation("calendar.holiday.add"));
        add.setId("holiday-add");
        add.addClickListener(e -> addHoliday());
        var addRow = new FlexLayout(day, name, yearly, add);
        addRow.addClassName("calendar-holiday-add");
        addRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        addRow.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        upload = new Upload(this::receive);
        ComponentTexts.upload(upload);
        upload.setId("holidays-ics");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(BusinessCalendars.ICS_MAX_BYTES);
        upload.setAcceptedFileTypes("text/calendar", ".ics");
        upload.addFileRejectedListener(e -> message.say(e.getErrorMessage()));
        var importHelp = new Paragraph(getTranslation("calendar.import.help", BusinessCalendars.ICS_MAX_HOLIDAYS));
        importHelp.addClassName("calendar-help");
        add(new H3(getTranslation("calendar.holidays")), grid);
        if (editable) {
            add(addRow, new H3(getTranslation("calendar.import")), importHelp, upload);
        }
        add(message, note);
        refusals = new FieldRefusals(Map.of("holidayDay", day, "holidayName", name, "ics", message), message)
                .whenChangedMeanwhile(this::changedMeanwhile);
    }

    void show(CalendarDetails shown) {
        calendar = shown;
        grid.setItems(shown.holidays());
    }

    void resetMessages() {
        day.setInvalid(false);
        name.setInvalid(false);
        message.setInvalid(false);
        note.clear();
        upload.clearFileList();
    }

    private void addHoliday() {
        note.clear();
        var current = calendar;
        if (current == null) {
            return;
        }
        var holiday = new CalendarHoliday(day.getValue(), yearly.getValue(), name.getValue());
        if (refusals.attempt(() -> saved(calendars.addHoliday(current.id(), holiday, current.version())))) {
            day.clear();
            name.clear();
            yearly.clear();
            note.say(getTranslation("calendar.holiday.added"));
        }
    }

    private void remove(CalendarHoliday holiday) {
        note.clear();
        var current = calendar;
        if (current != null && refusals.attempt(() -> saved(calendars.removeHoliday(current.id(), holiday,
                current.version())))) {
            note.say(getTranslation("calendar.holiday.removed", holiday.name()));
        }
    }

    private void saved(CalendarDetails now) {
        show(now);
        changed.accept(now);
    }

    /**
     * Runs on the upload's own request, outside the UI's lock: the service reads the stream (up to its limit) and
     * the outcome is shown through {@code access}.
     */
    private void receive(UploadEvent event) {
        UI ui = event.getUI();
        var current = calendar;
        if (current == null) {
            event.reject(getTranslation(ui.getLocale(), "calendar.conflict"));
            return;
        }
        try (InputStream in = event.getInputStream()) {
            HolidayImport result = calendars.importHolidays(current.id(), in, current.version());
            inUi(ui, () -> imported(result));
        } catch (RejectedInputException refusal) {
            event.reject(getTranslation(ui.getLocale(), refusal.messageKey(), refusal.arguments()));
            inUi(ui, () -> refusals.show(refusal));
        } catch (ConcurrentEditException stale) {
            event.reject(getTranslation(ui.getLocale(), "calendar.conflict"));
            inUi(ui, this::changedMeanwhile);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    void imported(HolidayImport result) {
        message.setInvalid(false);
        saved(result.calendar());
        note.say(getTranslation("calendar.import.done", result.added(), result.alreadyThere(), result.leftOut()));
    }

    private void changedMeanwhile() {
        if (calendar != null) {
            saved(calendars.calendar(calendar.id()));
        }
        message.say(getTranslation("calendar.conflict"));
    }

    private void inUi(UI ui, Command change) {
        try {
            ui.access(() -> {
                if (isAttached()) {
                    change.execute();
                }
            });
        } catch (UIDetachedException e) {
            // the page closed meanwhile: the import is saved or refused all the same
        }
    }
}
