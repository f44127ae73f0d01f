package app.ponte.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A notification reads in its reader's language, days included, whenever it is read. */
class NotificationLineTest {

    private final TranslationProvider translations = new TranslationProvider();

    @Test
    void a_day_in_a_notice_is_written_the_way_each_reader_writes_dates() {
        var line = new NotificationLine(1, "notice.DECISION_PENDING",
                List.of("42", "Campaign board", NotificationLine.date(LocalDate.of(2026, 12, 4))), "requests/42",
                Instant.EPOCH, false);

        assertThat(line.text((key, args) -> translations.getTranslation(key, Locale.ENGLISH, args)))
                .isEqualTo("Request #42 “Campaign board” collides with another plan; the team is deciding by "
                        + "December 4, 2026.");
        assertThat(line.text((key, args) -> translations.getTranslation(key, Locale.of("pt", "BR"), args)))
                .isEqualTo("A solicitação #42 “Campaign board” colide com outro plano; a equipe decide até "
                        + "4 de dezembro de 2026.");
    }
}
