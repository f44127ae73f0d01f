package app.ponte.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.text.DateFormatSymbols;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Gives a date picker the viewer's month and weekday names (from the JDK's locale data) and its two
 * button texts from the bundles: Vaadin formats dates by locale but names months in English otherwise.
 */
public final class LocalisedDatePicker {

    private LocalisedDatePicker() {
    }

    public static DatePicker localise(DatePicker picker) {
        Locale locale = picker.getLocale();
        picker.setLocale(locale);
        var symbols = DateFormatSymbols.getInstance(locale);
        var i18n = new DatePicker.DatePickerI18n()
                .setMonthNames(List.of(symbols.getMonths()).subList(0, 12))
                .setWeekdays(Arrays.asList(symbols.getWeekdays()).subList(1, 8))
                .setWeekdaysShort(Arrays.asList(symbols.getShortWeekdays()).subList(1, 8))
                // Vaadin counts from Sunday (0); the JDK knows each country's first day of the week.
                .setFirstDayOfWeek(WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7)
                .setToday(picker.getTranslation("date-picker.today"))
                .setCancel(picker.getTranslation("date-picker.cancel"))
                .setBadInputErrorMessage(picker.getTranslation("date-picker.bad-input"))
                .setRequiredErrorMessage(picker.getTranslation("input.required"));
        picker.setI18n(i18n);
        return picker;
    }
}
