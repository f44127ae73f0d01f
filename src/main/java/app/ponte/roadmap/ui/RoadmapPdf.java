package app.ponte.roadmap.ui;

import app.ponte.base.ui.Days;
import app.ponte.roadmap.DeliveryStatus;
import app.ponte.roadmap.InitiativeOverview;
import app.ponte.roadmap.InitiativeOverview.MilestoneOverview;
import com.vaadin.flow.component.Component;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import java.io.InputStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The roadmap as a PDF (Apache PDFBox), drawn on the server: a timeline like the page's (same scale: months
 * across, initiatives and their milestones as bars, today marked) and a table of every milestone, in the
 * viewer's language, with when it was made in the viewer's time zone. A4 landscape, continued over pages.
 *
 * <p>What clients wrote (titles, what a milestone delivers) is set in Liberation Sans, embedded as a subset:
 * Helvetica, a standard PDF font, only writes Western European letters, and a client abroad names things
 * "Łódź rollout" or "Новый API". Headings come from our own bundles, which Helvetica Bold writes.
 */
final class RoadmapPdf {

    private static final PDRectangle LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 36;
    private static final float LABEL_WIDTH = 170;
    private static final float ROW = 24;
    private static final float TABLE_ROW = 16;
    private static final Color PLANNED = new Color(0x1f, 0x5f, 0xc7);
    private static final Color DELIVERED = new Color(0x1e, 0x8a, 0x4c);
    private static final Color OVERDUE = new Color(0xc6, 0x28, 0x28);
    private static final Color MUTED = new Color(0xb0, 0xb5, 0xbd);
    private static final float[] COLUMN_SHARES = {0.22f, 0.2f, 0.34f, 0.1f, 0.14f};

    private final Component translator;
    private final Locale locale;
    // Shipped inside PDFBox for its own font fallback; RoadmapExportTest fails if a PDFBox upgrade drops it.
    static final String UNICODE_FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDFont regular;

    private PDDocument document;
    private PDPageContentStream page;
    private float y;

    RoadmapPdf(Component translator, Locale locale) {
        this.translator = translator;
        this.locale = locale;
    }

    void write(List<InitiativeOverview> initiatives, LocalDate today, String generatedAt, OutputStream out)
            throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            document = pdf;
            regular = unicodeFont(pdf);
            newPage(t("roadmap.pdf.title"), generatedAt);
            timeline(initiatives, today);
            newPage(t("roadmap.pdf.table"), generatedAt);
            table(initiatives);
            page.close();
            pdf.save(out);
        }
    }

    private void timeline(List<InitiativeOverview> initiatives, LocalDate today) throws IOException {
        TimelineScale scale = TimelineScale.of(initiatives, today);
        float left = MARGIN + LABEL_WIDTH;
        float width = LANDSCAPE.getWidth() - MARGIN - left;
        months(scale, left, width);
        for (InitiativeOverview initiative : initiatives) {
            if (y - ROW < MARGIN) {
                newPage(t("roadmap.pdf.title"), "");
                months(scale, left, width);
            }
            text(regular, 9, MARGIN, y - 14, fit(initiative.title(), regular, 9, LABEL_WIDTH - 6), Color.BLACK);
            box(left + width * (float) scale.at(initiative.startsOn()), y - 7,
                    width * (float) scale.span(initiative.startsOn(), initiative.endsOn()), 4, MUTED);
            LocalDate from = initiative.startsOn();
            for (MilestoneOverview milestone : initiative.milestones()) {
                LocalDate day = milestone.day();
                if (day == null) {
                    continue;
                }
                LocalDate start = from.isAfter(day) ? day : from;
                float x = left + width * (float) scale.at(start);
                float w = width * (float) scale.span(start, day);
                box(x, y - 20, Math.max(w - 1, 1), 11, colour(milestone, today));
                text(regular, 7, x + 2, y - 17.5f, fit(milestone.title(), regular, 7, w - 4), Color.WHITE);
                from = day.plusDays(1);
            }
            line(MARGIN, y - ROW, LANDSCAPE.getWidth() - MARGIN, y - ROW, MUTED);
            y -= ROW;
        }
        if (scale.shows(today)) {
            float x = left + width * (float) scale.at(today);
            line(x, y, x, LANDSCAPE.getHeight() - MARGIN - 52, OVERDUE);
            text(regular, 7, x + 2, y - 9, t("roadmap.today"), OVERDUE);
        }
    }

    private void months(TimelineScale scale, float left, float width) throws IOException {
        for (YearMonth month : scale.months()) {
            float x = left + width * (float) scale.at(month.atDay(1));
            String name = month.getMonth().getDisplayName(TextStyle.SHORT, locale)
                    + (month.getMonthValue() == 1 || month.equals(scale.first()) ? " " + month.getYear() : "");
            text(regular, 7, x + 2, y - 10, fit(name, regular, 7, width * (float) scale.width(month) - 3), Color.GRAY);
            line(x, y, x, y - 14, MUTED);
        }
        y -= 16;
    }

    private void table(List<InitiativeOverview> initiatives) throws IOException {
        List<String> headers = List.of(t("roadmap.column.initiative"), t("roadmap.column.milestone"),
                t("roadmap.column.delivers"), t("roadmap.column.milestone-status"), t("roadmap.column.date"));
        tableRow(headers, bold);
        for (InitiativeOverview initiative : initiatives) {
            if (initiative.milestones().isEmpty()) {
                tableRow(List.of(initiative.title(), t("roadmap.no-milestones"), "", t(initiative.status().labelKey()),
                        Days.format(initiative.endsOn(), locale)), regular);
            }
            for (MilestoneOverview milestone : initiative.milestones()) {
                if (y - TABLE_ROW < MARGIN) {
                    newPage(t("roadmap.pdf.table"), "");
                    tableRow(headers, bold);
                }
                tableRow(List.of(initiative.title(), milestone.title(), milestone.delivers(),
                        t(milestone.status().labelKey()), Days.format(milestone.day(), locale)), regular);
            }
        }
    }

    static PDFont unicodeFont(PDDocument pdf) throws IOException {
        try (InputStream font = RoadmapPdf.class.getResourceAsStream(UNICODE_FONT)) {
            if (font == null) {
                throw new IOException("Font missing from the class path: " + UNICODE_FONT);
            }
            return PDType0Font.load(pdf, font);
        }
    }

    private void tableRow(List<String> cells, PDFont font) throws IOException {
        float usable = LANDSCAPE.getWidth() - 2 * MARGIN;
        float x = MARGIN;
        for (int i = 0; i < cells.size(); i++) {
            float column = usable * COLUMN_SHARES[i];
            text(font, 8, x, y - 11, fit(cells.get(i), font, 8, column - 6), Color.BLACK);
            x += column;
        }
        line(MARGIN, y - TABLE_ROW + 1, LANDSCAPE.getWidth() - MARGIN, y - TABLE_ROW + 1, MUTED);
        y -= TABLE_ROW;
    }

    private void newPage(String title, String generatedAt) throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage next = new PDPage(LANDSCAPE);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        y = LANDSCAPE.getHeight() - MARGIN;
        text(bold, 14, MARGIN, y - 14, fit(title, bold, 14, 500), Color.BLACK);
        if (!generatedAt.isEmpty()) {
            text(regular, 8, MARGIN, y - 28, fit(t("roadmap.pdf.generated", generatedAt), regular, 8, 700), Color.GRAY);
        }
        y -= 44;
    }

    private static Color colour(MilestoneOverview milestone, LocalDate today) {
        if (milestone.status() == DeliveryStatus.DELIVERED) {
            return DELIVERED;
        }
        if (milestone.status() == DeliveryStatus.CANCELLED) {
            return MUTED;
        }
        return milestone.committedOn() != null && milestone.committedOn().isBefore(today) ? OVERDUE : PLANNED;
    }

    private void text(PDFont font, float size, float x, float baseline, String text, Color colour)
            throws IOException {
        if (text.isEmpty()) {
            return;
        }
        page.beginText();
        page.setFont(font, size);
        page.setNonStrokingColor(colour);
        page.newLineAtOffset(x, baseline);
        page.showText(text);
        page.endText();
    }

    private void box(float x, float bottom, float width, float height, Color colour) throws IOException {
        page.setNonStrokingColor(colour);
        page.addRect(x, bottom, width, height);
        page.fill();
    }

    private void line(float x1, float y1, float x2, float y2, Color colour) throws IOException {
        page.setStrokingColor(colour);
        page.setLineWidth(0.5f);
        page.moveTo(x1, y1);
        page.lineTo(x2, y2);
        page.stroke();
    }

    /**
     * The text as the font can write it (characters it has no glyph for become '?', line breaks spaces),
     * cut with an ellipsis to fit the width.
     */
    static String fit(String text, PDFont font, float size, float width) throws IOException {
        StringBuilder written = new StringBuilder();
        text.codePoints().forEach(c -> written.append(Character.isWhitespace(c) ? " " : encodable(font, c)));
        String result = written.toString();
        if (width <= 0) {
            return "";
        }
        if (font.getStringWidth(result) / 1000 * size <= width) {
            return result;
        }
        // The longest start that fits with the ellipsis, found by halving (long texts stay cheap).
        String ellipsis = "…";
        int fits = 0;
        int tooLong = result.length();
        while (tooLong - fits > 1) {
            int middle = (fits + tooLong) / 2;
            if (font.getStringWidth(result.substring(0, middle) + ellipsis) / 1000 * size <= width) {
                fits = middle;
            } else {
                tooLong = middle;
            }
        }
        return fits == 0 ? "" : result.substring(0, fits) + ellipsis;
    }

    private static String encodable(PDFont font, int codePoint) {
        String character = new String(Character.toChars(codePoint));
        try {
            font.encode(character);
            return character;
        } catch (IOException | IllegalArgumentException e) {
            return "?";
        }
    }

    private String t(String key, Object... arguments) {
        return translator.getTranslation(key, arguments);
    }
}
