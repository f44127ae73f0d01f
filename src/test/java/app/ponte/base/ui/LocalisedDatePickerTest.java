package app.ponte.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Month names and the first day of the week follow the viewer's locale. */
class LocalisedDatePickerTest {

    @Test
    void brazilian_portuguese_names_months_in_portuguese_and_starts_the_week_on_sunday_and_germany_on_monday() {
        var brazil = new DatePicker();
        brazil.setLocale(Locale.of("pt", "BR"));
        LocalisedDatePicker.localise(brazil);
        assertThat(brazil.getI18n().getMonthNames().getFirst()).isEqualToIgnoringCase("janeiro");
        assertThat(brazil.getI18n().getFirstDayOfWeek()).isZero();

        var germany = new DatePicker();
        germany.setLocale(Locale.GERMANY);
        LocalisedDatePicker.localise(germany);
        assertThat(germany.getI18n().getFirstDayOfWeek()).isEqualTo(1);
    }
}
