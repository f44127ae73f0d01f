package app.ponte.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.UiTest;
import app.ponte.base.TranslationProvider;
import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Lengths of time and request references, said one way on every page, in the viewer's language. */
class LocalisedFormatsTest extends UiTest {

    @Test
    void a_length_of_time_reads_in_hours_and_minutes_to_the_nearest_minute_and_never_in_days() {
        UI ui = UI.getCurrent();
        ui.setLocale(Locale.UK);

        assertThat(LocalisedFormats.duration(ui, Duration.ofMinutes(130))).isEqualTo("2 h 10 min");
        assertThat(LocalisedFormats.duration(ui, Duration.ofHours(40))).isEqualTo("40 h");
        assertThat(LocalisedFormats.duration(ui, Duration.ofSeconds(35 * 60 + 29))).isEqualTo("35 min");
        assertThat(LocalisedFormats.duration(ui, Duration.ofSeconds(35 * 60 + 30))).isEqualTo("36 min");
        assertThat(LocalisedFormats.duration(ui, Duration.ofSeconds(29))).isEqualTo("less than a minute");
        assertThat(LocalisedFormats.duration(ui, Duration.ZERO)).isEqualTo("0 min");
        assertThat(LocalisedFormats.duration(ui, Duration.ofMinutes(-5))).isEqualTo("0 min");
    }

    @Test
    void a_stretch_of_calendar_time_reads_in_days_and_hours_from_a_day_on() {
        UI ui = UI.getCurrent();
        ui.setLocale(Locale.UK);

        assertThat(LocalisedFormats.durationInDays(ui, Duration.ofMinutes(80))).isEqualTo("1 h 20 min");
        assertThat(LocalisedFormats.durationInDays(ui, Duration.ofHours(51).plusMinutes(20))).isEqualTo("2 d 3 h");
        assertThat(LocalisedFormats.durationInDays(ui, Duration.ofDays(3))).isEqualTo("3 d");

        ui.setLocale(TranslationProvider.BRAZILIAN_PORTUGUESE);
        assertThat(LocalisedFormats.durationInDays(ui, Duration.ofSeconds(20))).isEqualTo("menos de um minuto");
    }

    @Test
    void a_request_is_referenced_by_its_ungrouped_number_with_hash_in_english_and_numero_in_portuguese() {
        UI ui = UI.getCurrent();
        ui.setLocale(Locale.UK);
        assertThat(LocalisedFormats.request(ui, 1204, "Gift card balance API")).isEqualTo("#1204 Gift card balance API");

        ui.setLocale(TranslationProvider.BRAZILIAN_PORTUGUESE);
        assertThat(LocalisedFormats.request(ui, 6, "Gift card {0} balance")).isEqualTo("nº 6 Gift card {0} balance");
    }
}
