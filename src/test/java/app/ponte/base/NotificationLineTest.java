package app.ponte.base;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.base.NotificationLine.Argument;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A notification reads in its reader's language, days included, whenever it is read, and whatever it holds. */
class NotificationLineTest {

    private final TranslationProvider translations = new TranslationProvider();

    @Test
    void a_day_in_a_notice_is_written_the_way_each_reader_writes_dates() {
        var line = line("notice.DECISION_PENDING",
                List.of(Argument.text("42"), Argument.text("Campaign board"), Argument.date(LocalDate.of(2026, 12, 4))));

        assertThat(read(line, Locale.ENGLISH))
                .isEqualTo("Request #42 “Campaign board” collides with another plan; the team is deciding by "
                        + "December 4, 2026.");
        assertThat(read(line, TranslationProvider.BRAZILIAN_PORTUGUESE))
                .isEqualTo("O pedido nº 42 “Campaign board” colide com outro plano; a equipe decide até "
                        + "4 de dezembro de 2026.");
    }

    @Test
    void text_that_looks_like_a_key_or_a_day_is_shown_as_written() {
        var line = line("notice.MERGED", List.of(Argument.text("1"), Argument.text("date:tomorrow"),
                Argument.text("2"), Argument.text("key:notice.COMMENT")));

        assertThat(read(line, Locale.ENGLISH))
                .isEqualTo("Request #1 “date:tomorrow” was merged into #2 “key:notice.COMMENT”: follow it there.");
    }

    @Test
    void a_message_that_cannot_take_its_arguments_reads_as_the_arguments_themselves() {
        var line = line("notice.DECISION_PENDING",
                List.of(Argument.text("42"), Argument.text("Campaign board"), Argument.text("next week")));

        assertThat(read(line, Locale.ENGLISH)).isEqualTo("42 · Campaign board · next week");
    }

    /** Pieces an attacker (or chance) puts in a title, a reason or a name, mixed at random below. */
    private static final List<String> PIECES = List.of("date:", "key:", "tomorrow", "2026-02-30", "2026-12-04",
            "notice.COMMENT", "x.y", "{", "}", "{0}", "{1,date,long}", "'", "''", "\u001F", "\u0000", "#", "“", " ",
            "é", "!", "%s", "\n", "<b>", "9999999999");
    private static final List<String> KEYS = List.of("notice.STATUS_CHANGED", "notice.COMMENT", "notice.MERGED",
            "notice.PLAN_SLIPPED", "notice.PROMISE_CHANGED", "notice.DECISION_PENDING", "notice.no-such-key");

    @Test
    void rendering_never_throws_whatever_the_arguments_hold_and_wherever_they_stand() {
        var random = new Random(14);
        for (int run = 0; run < 2_000; run++) {
            List<Argument> arguments = new ArrayList<>();
            for (int i = random.nextInt(7); i > 0; i--) {
                String text = text(random);
                arguments.add(switch (random.nextInt(4)) {
                    case 0 -> Argument.key(text);
                    case 1 -> Argument.date(LocalDate.ofEpochDay(random.nextLong(-1_000_000, 1_000_000)));
                    default -> Argument.text(text);
                });
            }
            var line = line(KEYS.get(random.nextInt(KEYS.size())), arguments);
            for (Locale locale : TranslationProvider.LOCALES) {
                assertThat(read(line, locale)).as("%s %s", line.messageKey(), arguments).isNotNull();
            }
        }
    }

    @Test
    void a_title_reads_as_written_whatever_it_holds() {
        var random = new Random(41);
        for (int run = 0; run < 2_000; run++) {
            String title = text(random);
            var line = line("notice.STATUS_CHANGED",
                    List.of(Argument.text("7"), Argument.text(title), Argument.key("request.status.TRIAGED")));
            assertThat(read(line, Locale.ENGLISH)).isEqualTo("Request #7 “" + title + "” is now Triaged.");
        }
    }

    private static String text(Random random) {
        var text = new StringBuilder();
        for (int j = random.nextInt(4); j >= 0; j--) {
            text.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        return text.toString();
    }

    private static NotificationLine line(String messageKey, List<Argument> arguments) {
        return new NotificationLine(1, messageKey, arguments, "requests/1", Instant.EPOCH, false);
    }

    private String read(NotificationLine line, Locale locale) {
        return line.text((key, args) -> translations.getTranslation(key, locale, args));
    }
}
