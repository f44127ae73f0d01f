package app.ponte.roadmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.TestClock;
import app.ponte.UiTest;
import app.ponte.planning.Confidence;
import app.ponte.roadmap.DeliveryStatus;
import app.ponte.roadmap.InitiativeOverview;
import com.vaadin.flow.component.UI;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The roadmap a viewer sees, exported as CSV and PDF in the viewer's language. */
class RoadmapExportTest extends UiTest {

    @Autowired
    TestClock clock;

    @Test
    void the_csv_holds_one_line_per_milestone_the_client_may_see_with_headers_in_its_language() throws IOException {
        signInAs("ana@aurora.test");
        RoadmapView view = navigate(RoadmapView.class);
        UI.getCurrent().setLocale(Locale.of("pt", "BR"));

        var out = new ByteArrayOutputStream();
        new RoadmapCsv(view, Locale.of("pt", "BR")).write(view.export.initiatives(), out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF");
        List<CSVRecord> records = CSVFormat.EXCEL.parse(new StringReader(csv.substring(1))).getRecords();

        assertThat(records.getFirst().get(0)).isEqualTo("Iniciativa");
        assertThat(records.getFirst().get(5)).isEqualTo("Marco");
        assertThat(records).filteredOn(r -> r.get(0).equals("Orders API resilience for peak season"))
                .extracting(r -> r.get(5)).containsExactly("Peak-ready limits", "Order-status webhook");
        assertThat(records).filteredOn(r -> r.get(5).equals("Peak-ready limits")).singleElement()
                .satisfies(r -> assertThat(r.get(7)).isEqualTo("Entregue"));
        assertThat(records).noneMatch(r -> r.get(0).equals("Campaign reporting"));
    }

    @Test
    void the_pdf_draws_the_timeline_and_lists_every_milestone_in_the_viewers_language() throws IOException {
        signInAs("ana@aurora.test");
        RoadmapView view = navigate(RoadmapView.class);
        UI.getCurrent().setLocale(Locale.of("pt", "BR"));

        var out = new ByteArrayOutputStream();
        new RoadmapPdf(view, Locale.of("pt", "BR")).write(view.export.initiatives(), clock.today(),
                "24/11/2026 (America/New_York)", out);

        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Roadmap", "Marcos", "Gerado em 24/11/2026 (America/New_York)", "Hoje",
                    "Peak-ready limits", "Order-status webhook", "API v2");
            assertThat(text).doesNotContain("Campaign reporting");
        }
    }

    @Test
    void a_client_abroad_reads_its_own_alphabet_in_the_pdf() throws IOException {
        signInAs("ana@aurora.test");
        RoadmapView view = navigate(RoadmapView.class);
        LocalDate today = LocalDate.of(2026, 11, 30);
        var milestone = new InitiativeOverview.MilestoneOverview(1, "Новый API",
                "Łódź: zamówienia w czasie rzeczywistym", false, DeliveryStatus.PLANNED, today.plusDays(40), null,
                null, 0);
        var initiative = new InitiativeOverview(1, "Łódź rollout", null, DeliveryStatus.IN_PROGRESS, false,
                Confidence.MEDIUM, today.minusDays(10), today.plusDays(90), List.of(milestone), null, 0);

        var out = new ByteArrayOutputStream();
        new RoadmapPdf(view, Locale.ENGLISH).write(List.of(initiative), today, "30/11/2026 (Europe/Warsaw)", out);

        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Łódź rollout", "Новый API",
                    "Łódź: zamówienia w czasie rzeczywistym");
        }
    }

    @Test
    void client_text_in_other_alphabets_is_written_and_only_what_no_glyph_exists_for_is_replaced() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            var font = RoadmapPdf.unicodeFont(pdf);

            assertThat(RoadmapPdf.fit("Łódź rollout · Новый API · Relatório ✋ 東京", font, 8, 2000))
                    .isEqualTo("Łódź rollout · Новый API · Relatório ? ??");
        }
    }

    @Test
    void long_text_is_cut_with_an_ellipsis_to_its_column() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            var font = RoadmapPdf.unicodeFont(pdf);

            String cut = RoadmapPdf.fit("A very long milestone title that cannot fit", font, 8, 60);

            assertThat(cut).startsWith("A very").endsWith("…");
            assertThat(font.getStringWidth(cut) / 1000 * 8).isLessThanOrEqualTo(60);
        }
    }
}
