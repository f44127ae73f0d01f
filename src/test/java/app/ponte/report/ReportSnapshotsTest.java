package app.ponte.report;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.base.TranslationProvider;
import app.ponte.report.ReportContent.ActionItem;
import app.ponte.report.ReportContent.BurnUpPoint;
import app.ponte.report.ReportContent.Decision;
import app.ponte.report.ReportContent.Delivered;
import app.ponte.report.ReportContent.MilestoneBurnUp;
import app.ponte.report.ReportContent.Next;
import app.ponte.report.ReportContent.PromiseCounts;
import app.ponte.report.ReportContent.SatisfactionFigures;
import app.ponte.report.ReportContent.SlaFigures;
import app.ponte.report.ReportContent.Slipped;
import app.ponte.report.ReportContent.StatusCount;
import app.ponte.report.ReportContent.WeekCounts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A report's snapshot reads back exactly as it was written, and its period reads the same everywhere. */
class ReportSnapshotsTest {

    static final ReportPeriod NOVEMBER = ReportPeriod.containing(ReportPeriodKind.MONTHLY, LocalDate.of(2026, 11, 9));

    @Test
    void a_full_snapshot_reads_back_equal_with_its_days_instants_nulls_and_words_as_written() {
        var content = new ReportContent(42, "Aurora Commerce “São Paulo” <b>&", NOVEMBER,
                Instant.parse("2026-12-01T02:15:00.123456Z"),
                List.of(new Delivered("Rate limits", LocalDate.of(2026, 11, 3), "#7"),
                        new Delivered("Webhook {0} '1'", LocalDate.of(2026, 11, 30), null)),
                List.of(new Slipped("Search", LocalDate.of(2026, 11, 10), null, "Waiting for the vendor"),
                        new Slipped("Exports", LocalDate.of(2026, 11, 12), LocalDate.of(2026, 12, 4), "Scope grew")),
                List.of(new Next("Black Friday readiness", LocalDate.of(2026, 12, 20)), new Next("SSO", null)),
                List.of(new StatusCount("NEW", 3), new StatusCount("IN_PROGRESS", 1)),
                List.of(new Decision(LocalDate.of(2026, 11, 17), "Freeze deploys in Black Friday week")),
                List.of(new ActionItem("Send the load-test results", "Lucas Lead", true, LocalDate.of(2026, 11, 20),
                        false)),
                new SlaFigures(9, 1), new SatisfactionFigures(4, 4.25, 5),
                List.of(new WeekCounts(LocalDate.of(2026, 10, 26), 2, 1), new WeekCounts(LocalDate.of(2026, 11, 2), 0, 3)),
                new PromiseCounts(3, 1),
                List.of(new MilestoneBurnUp("Q4 platform", LocalDate.of(2027, 1, 15),
                        List.of(new BurnUpPoint(LocalDate.of(2026, 11, 1), 1, 4),
                                new BurnUpPoint(LocalDate.of(2026, 11, 30), 3, 5))),
                        new MilestoneBurnUp("Undated", null, List.of())));

        String json = ReportSnapshots.write(content);

        assertThat(ReportSnapshots.read(json)).isEqualTo(content);
        assertThat(json).contains("\"2026-11-01\"", "\"2026-12-01T02:15:00.123456Z\"", "\"sla\":{", "\"newDay\":null");
    }

    @Test
    void an_empty_snapshot_without_sla_or_satisfaction_reads_back_equal() {
        var content = new ReportContent(7, "", NOVEMBER, Instant.EPOCH, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), null, null, List.of(), new PromiseCounts(0, 0), List.of());

        assertThat(ReportSnapshots.read(ReportSnapshots.write(content))).isEqualTo(content);
    }

    @Test
    void a_snapshot_with_a_property_a_later_version_dropped_still_reads() {
        var content = ProgressReportFixtures.content(5, "Meridian", NOVEMBER);
        String json = ReportSnapshots.write(content).replaceFirst("\\{", "{\"retired\":[1,2],");

        assertThat(ReportSnapshots.read(json)).isEqualTo(content);
    }

    @Test
    void the_period_reads_in_each_language_and_as_digits_in_a_file_name() {
        assertThat(ReportPeriodWords.label(NOVEMBER, Locale.UK, ReportSnapshotsTest::english)).isEqualTo("November 2026");
        assertThat(ReportPeriodWords.label(NOVEMBER, Locale.forLanguageTag("pt-BR"), ReportSnapshotsTest::portuguese))
                .isEqualTo("novembro de 2026");
        var quarter = ReportPeriod.containing(ReportPeriodKind.QUARTERLY, LocalDate.of(2026, 11, 9));
        assertThat(ReportPeriodWords.label(quarter, Locale.UK, ReportSnapshotsTest::english)).isEqualTo("Q4 2026");
        var week = ReportPeriod.containing(ReportPeriodKind.WEEKLY, LocalDate.of(2026, 11, 25));
        assertThat(ReportPeriodWords.label(week, Locale.UK, ReportSnapshotsTest::english))
                .isEqualTo("week of 23 Nov 2026");

        assertThat(ReportMailer.fileName("Aurora Commerce", NOVEMBER)).isEqualTo("report-aurora-commerce-2026-11.pdf");
        assertThat(ReportMailer.fileName("Operações / São Paulo", quarter))
                .isEqualTo("report-operacoes-sao-paulo-2026-Q4.pdf");
        assertThat(ReportMailer.fileName("市场", week)).isEqualTo("report-organisation-2026-W48.pdf");
    }

    @Test
    void every_period_kind_has_its_name_and_its_label_in_both_languages() {
        for (ReportPeriodKind kind : ReportPeriodKind.values()) {
            for (String key : List.of(kind.labelKey(), "report.period.label." + kind.name())) {
                assertThat(TranslationProvider.hasKey(key)).as(key).isTrue();
                assertThat(TRANSLATIONS.getTranslation(key, Locale.forLanguageTag("pt-BR"), "x", "y"))
                        .as(key).isNotEqualTo(TRANSLATIONS.getTranslation(key, Locale.UK, "x", "y"));
            }
        }
    }

    private static final TranslationProvider TRANSLATIONS = new TranslationProvider();

    private static String english(String key, Object[] args) {
        return TRANSLATIONS.getTranslation(key, Locale.UK, args);
    }

    private static String portuguese(String key, Object[] args) {
        return TRANSLATIONS.getTranslation(key, Locale.forLanguageTag("pt-BR"), args);
    }
}
