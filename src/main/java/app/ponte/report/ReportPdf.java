package app.ponte.report;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jfree.chart.JFreeChart;
import org.jspecify.annotations.Nullable;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A progress report as a PDF in one reader's language: the title (organisation, period), the key figures, the
 * team's note as written, every section (an empty one says so) and the three charts drawn as vector graphics
 * (JFreeChart painting onto PDFBox through a Graphics2D: paths and text outlines, no pictures), page numbers at the
 * foot. Long lists flow onto as many pages as they need.
 */
final class ReportPdf {

    private static final float TEXT = 10;

    private final ReportWords words;
    private final ReportCharts charts;
    private final ReportSections sections;

    ReportPdf(ReportWords words) {
        this.words = words;
        this.charts = new ReportCharts(words);
        this.sections = new ReportSections(words);
    }

    byte[] write(ReportContent content, @Nullable String note) {
        try (PDDocument document = new PDDocument(); PdfFlow flow = new PdfFlow(document)) {
            // Readers and screen readers announce the title and read the text in the reader's language.
            document.getDocumentInformation().setTitle(words.title(content));
            document.getDocumentCatalog().setLanguage(words.locale().toLanguageTag());
            flow.paragraph(words.title(content), flow.regular, 18, 0, Color.BLACK);
            flow.paragraph(words.t("report.doc.period-days", words.day(content.period().from()),
                    words.day(content.period().to())), flow.regular, 9, 0, Color.GRAY);
            flow.space(6);
            for (ReportDocuments.KeyFigure figure : sections.keyFigures(content)) {
                flow.figure(figure.label(), figure.value(), 11);
            }
            if (note != null && !note.isBlank()) {
                flow.heading(words.t("report.doc.note"), 30);
                flow.paragraph(note.strip(), flow.regular, TEXT, 0, Color.BLACK);
            }
            for (ReportDocuments.Section section : sections.sections(content)) {
                flow.heading(section.heading(), 20);
                if (section.lines().isEmpty()) {
                    flow.paragraph(section.empty(), flow.regular, TEXT, 0, Color.GRAY);
                }
                for (String line : section.lines()) {
                    flow.item(line, TEXT);
                }
            }
            flow.heading(words.t("report.doc.section.charts"), 200);
            for (ReportChart chart : ReportChart.values()) {
                drawChart(flow, charts.chart(content, chart), ReportCharts.height(content, chart));
            }
            flow.numberPages((page, of) -> words.t("report.doc.page", String.valueOf(page), String.valueOf(of)));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void drawChart(PdfFlow flow, JFreeChart chart, int height) throws IOException {
        PdfBoxGraphics2D graphics = new PdfBoxGraphics2D(flow.document(), ReportCharts.WIDTH, height);
        try {
            chart.draw(graphics, new Rectangle2D.Double(0, 0, ReportCharts.WIDTH, height));
        } finally {
            graphics.dispose();
        }
        flow.form(graphics.getXFormObject(), ReportCharts.WIDTH, height);
    }
}
