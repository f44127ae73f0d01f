package app.ponte.report;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.base.TranslationProvider;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ReportPdfTest {

    private final ReportDocuments documents = new ReportDocuments(new TranslationProvider());

    @Test
    void an_english_reader_gets_the_title_figures_sections_and_page_numbers() throws IOException {
        String text = text(documents.pdf(ReportFixtures.november(), Locale.UK, "We are on track.\nMore next week."));

        assertThat(text).contains("Aurora Commerce: progress report, November 2026", "1 Nov 2026 to 30 Nov 2026",
                "Delivered 2", "Slipped 2", "Open requests 6", "Support targets met 90%", "Satisfaction 4.3 of 5",
                "A note from the team", "We are on track.", "More next week.",
                "Gift card balance API (#6), delivered 12 Nov 2026",
                "Checkout retries: promised for 10 Nov 2026, now 24 Nov 2026. Why: Payment provider sandbox was down",
                "Fraud rules: promised for 18 Nov 2026, no new date yet. Why: Waiting for Aurora",
                "What comes next", "Black Friday load test: 3 Dec 2026", "Loyalty points export: no date promised yet",
                "Open requests by status", "In progress: 4", "New: 2", "3 Nov 2026: Freeze deploys from 25 Nov",
                "Open: Send the load-test results to Aurora. Owner: Lead Ponte (team), due 14 Nov 2026",
                "Done: Share the Black Friday traffic forecast. Owner: Ana (client), due 21 Nov 2026",
                "9 of 10 support targets met (90%); 1 missed.", "Average 4.3 of 5, from 12 answers.", "Charts",
                "Page 1 of ");
    }

    @Test
    void a_portuguese_reader_gets_portuguese_headings_statuses_and_days() throws IOException {
        String text = text(documents.pdf(ReportFixtures.november(), TranslationProvider.BRAZILIAN_PORTUGUESE, null));

        assertThat(text).contains("Aurora Commerce: relatório de progresso, novembro de 2026", "Entregues 2",
                "Pedidos abertos 6", "Metas de suporte cumpridas 90%", "Satisfação 4,3 de 5", "Próximos passos",
                "Pedidos abertos por status", "Em andamento: 4", "Novo: 2", "Decisões", "Ações combinadas",
                "entregue em 12 de nov. de 2026", "Responsável: Lead Ponte (equipe)", "Gráficos", "Página 1 de ")
                .doesNotContain("A note from the team", "Um recado da equipe", "!report.");
        try (PDDocument pdf = Loader.loadPDF(documents.pdf(ReportFixtures.november(), TranslationProvider.BRAZILIAN_PORTUGUESE,
                null))) {
            assertThat(pdf.getDocumentInformation().getTitle())
                    .isEqualTo("Aurora Commerce: relatório de progresso, novembro de 2026");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("pt-BR");
        }
    }

    @Test
    void what_people_wrote_comes_out_as_written_markup_and_accents_included() throws IOException {
        String text = text(documents.pdf(ReportFixtures.november(), Locale.UK, "Olá <b>{0}</b> it's 'quoted'"));

        assertThat(text).contains(ReportFixtures.HOSTILE + ", delivered 20 Nov 2026", "Olá <b>{0}</b> it's 'quoted'");
    }

    @Test
    void the_charts_are_vector_graphics_with_no_picture_anywhere() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(documents.pdf(ReportFixtures.november(), Locale.UK, null))) {
            List<PDFormXObject> forms = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                assertThat(images(page.getResources(), forms)).isZero();
            }
            assertThat(forms).as("the three charts, drawn as forms of paths").hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void a_long_list_flows_onto_further_pages_with_every_item_and_page_numbers() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(documents.pdf(ReportFixtures.withDecisions(200), Locale.UK, null))) {
            int pages = pdf.getNumberOfPages();
            String text = new PDFTextStripper().getText(pdf);

            assertThat(pages).isGreaterThanOrEqualTo(5);
            for (int i = 1; i <= 200; i++) {
                assertThat(text).contains("Decision number " + i + "\n");
            }
            assertThat(text).contains("Page 1 of " + pages, "Page " + pages + " of " + pages);
        }
    }

    @Test
    void an_empty_period_says_so_in_every_section_and_still_draws_its_charts() throws IOException {
        String text = text(documents.pdf(ReportFixtures.quiet(), Locale.UK, "  "));

        assertThat(text).contains("Sales: progress report, November 2026", "Nothing delivered in this period.",
                "Nothing slipped in this period.", "Nothing planned yet.", "No open requests.",
                "No decisions in this period.", "No action items in this period.", "Charts")
                .doesNotContain("Support targets met", "Satisfaction", "A note from the team");
    }

    private static int images(PDResources resources, List<PDFormXObject> forms) throws IOException {
        if (resources == null) {
            return 0;
        }
        int images = 0;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject) {
                images++;
            } else if (object instanceof PDFormXObject form) {
                forms.add(form);
                images += images(form.getResources(), forms);
            }
        }
        return images;
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
