package app.ponte.sla.ui;

import app.ponte.sla.CalendarPeriod;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One weekday of the working week: its periods (from, until; until 00:00 is midnight), "add a period", and "closed"
 * when it has none. A refusal of that day's hours shows under it.
 */
class DayHours extends Div implements HasValidation {

    final DayOfWeek day;
    final Button addPeriod = new Button();
    final Span closed = new Span();
    final Span error = new Span();
    final List<Row> rows = new ArrayList<>();
    private final Div periods = new Div();
    private final boolean editable;
    private boolean invalid;

    /** One period's pickers and its remove button. */
    record Row(HorizontalLayout layout, TimePicker start, TimePicker end) {
    }

    DayHours(DayOfWeek day, Locale locale, boolean editable) {
        this.day = day;
        this.editable = editable;
        addClassName("calendar-day");
        setId("calendar-day-" + day.name().toLowerCase(Locale.ROOT));
        var name = new Span(day.getDisplayName(java.time.format.TextStyle.FULL, locale));
        name.addClassName("calendar-day-name");
        closed.setText(getTranslation("calendar.closed"));
        closed.addClassName("calendar-day-closed");
        addPeriod.setText(getTranslation("calendar.add-period"));
        addPeriod.setIcon(VaadinIcon.PLUS.create());
        addPeriod.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        addPeriod.addClickListener(e -> add(LocalTime.of(9, 0), LocalTime.of(18, 0)));
        addPeriod.setVisible(editable);
        error.addClassName("conflict");
        error.setVisible(false);
        add(name, periods, closed, addPeriod, error);
    }

    void show(List<CalendarPeriod> all) {
        rows.clear();
        periods.removeAll();
        all.stream().filter(p -> p.day() == day).forEach(p -> add(p.start(), p.end()));
        refreshClosed();
    }

    List<CalendarPeriod> periods() {
        return rows.stream().map(r -> new CalendarPeriod(day, r.start().getValue(), r.end().getValue())).toList();
    }

    private void add(@Nullable LocalTime start, @Nullable LocalTime end) {
        var from = picker("calendar.from", start);
        var until = picker("calendar.until", end == null ? LocalTime.MIDNIGHT : end);
        var layout = new HorizontalLayout(from, until);
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        layout.addClassName("calendar-period");
        var row = new Row(layout, from, until);
        if (editable) {
            var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                rows.remove(row);
                periods.remove(layout);
                refreshClosed();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            remove.setAriaLabel(getTranslation("calendar.remove-period"));
            layout.add(remove);
        }
        rows.add(row);
        periods.add(layout);
        refreshClosed();
    }

    private TimePicker picker(String labelKey, @Nullable LocalTime value) {
        var picker = new TimePicker(getTranslation(labelKey));
        picker.setStep(Duration.ofMinutes(15));
        picker.setValue(value);
        picker.setReadOnly(!editable);
        picker.setWidth("7.5rem");
        return picker;
    }

    private void refreshClosed() {
        closed.setVisible(rows.isEmpty());
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        error.setText(errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return error.getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        this.invalid = invalid;
        error.setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return invalid;
    }
}
