package app.ponte.report;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Text flowing down A4 pages with PDFBox: wrapped lines, a new page whenever the next block does not fit, and the
 * page numbers written at the end, once the count is known. Everything is set in Liberation Sans (shipped inside
 * PDFBox, embedded as a subset), which writes Portuguese and most Latin, Greek and Cyrillic names; a character it
 * has no glyph for becomes '?', never an error.
 */
final class PdfFlow implements AutoCloseable {

    static final PDRectangle PAGE = PDRectangle.A4;
    static final float MARGIN = 48;
    static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    static final String UNICODE_FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float FOOTER = 28;

    private final PDDocument document;
    final PDFont regular;
    /** Headings are our own translated words, which Helvetica Bold (WinAnsi: every Portuguese letter) writes. */
    final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDPageContentStream page;
    private float y;

    PdfFlow(PDDocument document) throws IOException {
        this.document = document;
        try (InputStream font = PdfFlow.class.getResourceAsStream(UNICODE_FONT)) {
            if (font == null) {
                throw new IOException("Font missing from the class path: " + UNICODE_FONT);
            }
            regular = PDType0Font.load(document, font);
        }
        newPage();
    }

    PDDocument document() {
        return document;
    }

    /** Wrapped text, each line in the font at the size, indented by {@code indent}; lines may cross pages. */
    void paragraph(String text, PDFont font, float size, float indent, Color colour) throws IOException {
        float leading = size * 1.35f;
        for (String line : wrap(text, font, size, WIDTH - indent)) {
            room(leading);
            write(font, size, MARGIN + indent, y - size, line, colour);
            y -= leading;
        }
    }

    /** A list item: a bullet and wrapped text hanging beside it. */
    void item(String text, float size) throws IOException {
        float leading = size * 1.35f;
        List<String> lines = wrap(text, regular, size, WIDTH - 14);
        for (int i = 0; i < lines.size(); i++) {
            room(leading);
            if (i == 0) {
                write(regular, size, MARGIN + 2, y - size, "•", Color.DARK_GRAY);
            }
            write(regular, size, MARGIN + 14, y - size, lines.get(i), Color.BLACK);
            y -= leading;
        }
        y -= 2;
    }

    /** A label in bold and its value beside it, on one line (the label is ours, the value a figure). */
    void figure(String label, String value, float size) throws IOException {
        float leading = size * 1.5f;
        room(leading);
        String said = fit(label, bold, size, WIDTH * 0.6f);
        write(bold, size, MARGIN, y - size, said, Color.DARK_GRAY);
        float after = bold.getStringWidth(said) / 1000 * size + 8;
        write(regular, size, MARGIN + after, y - size, fit(value, regular, size, WIDTH - after), Color.BLACK);
        y -= leading;
    }

    /** A section heading; moved to the next page when fewer than {@code keepWith} points would follow it. */
    void heading(String text, float keepWith) throws IOException {
        room(16 + 8 + keepWith);
        y -= 8;
        paragraph(text, bold, 13, 0, Color.BLACK);
        y -= 3;
    }

    void space(float points) {
        y -= points;
    }

    /** A Graphics2D drawing (a chart, as vector paths) placed at the full width, scaled from its own size. */
    void form(PDFormXObject form, float width, float height) throws IOException {
        float scale = WIDTH / width;
        float shown = height * scale;
        room(shown + 6);
        page.saveGraphicsState();
        page.transform(new Matrix(scale, 0, 0, scale, MARGIN, y - shown));
        page.drawForm(form);
        page.restoreGraphicsState();
        y -= shown + 6;
    }

    /** Writes "page n of m" at the foot of every page, from the words the caller gives for (n, m). */
    void numberPages(PageLabel label) throws IOException {
        page.close();
        page = null;
        int count = document.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            PDPage each = document.getPage(i);
            try (PDPageContentStream footer = new PDPageContentStream(document, each,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                String text = fit(label.say(i + 1, count), regular, 8, WIDTH);
                float width = regular.getStringWidth(text) / 1000 * 8;
                footer.beginText();
                footer.setFont(regular, 8);
                footer.setNonStrokingColor(Color.GRAY);
                footer.newLineAtOffset(MARGIN + (WIDTH - width) / 2, FOOTER - 8);
                footer.showText(text);
                footer.endText();
            }
        }
    }

    @FunctionalInterface
    interface PageLabel {
        String say(int page, int of);
    }

    @Override
    public void close() throws IOException {
        if (page != null) {
            page.close();
            page = null;
        }
    }

    private void room(float needed) throws IOException {
        if (y - needed < MARGIN + FOOTER) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage next = new PDPage(PAGE);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        y = PAGE.getHeight() - MARGIN;
    }

    private void write(PDFont font, float size, float x, float baseline, String text, Color colour)
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

    /** The text in lines no wider than the width: broken at spaces, a word longer than a line broken inside. */
    static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : writable(text, font).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" +")) {
                String tried = line.isEmpty() ? word : line + " " + word;
                if (width(tried, font, size) <= width) {
                    line.setLength(0);
                    line.append(tried);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (width(rest, font, size) > width) {
                    int cut = longestStart(rest, font, size, width);
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** One line cut with an ellipsis to fit the width. */
    static String fit(String text, PDFont font, float size, float width) throws IOException {
        String result = writable(text, font).replace('\n', ' ');
        if (width(result, font, size) <= width) {
            return result;
        }
        int cut = longestStart(result, font, size, width - width("…", font, size));
        return result.substring(0, cut) + "…";
    }

    private static int longestStart(String text, PDFont font, float size, float width) throws IOException {
        int fits = 1;
        int tooLong = text.length();
        while (tooLong - fits > 1) {
            int middle = (fits + tooLong) / 2;
            if (width(text.substring(0, middle), font, size) <= width) {
                fits = middle;
            } else {
                tooLong = middle;
            }
        }
        return Math.max(1, Math.min(fits, text.length()));
    }

    private static float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** The text as the font can write it: tabs and other white space as spaces, line breaks kept, no glyph '?'. */
    static String writable(String text, PDFont font) {
        StringBuilder written = new StringBuilder();
        text.replace("\r\n", "\n").codePoints().forEach(c -> {
            if (c == '\n') {
                written.append('\n');
            } else if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                written.append(' ');
            } else {
                written.append(encodable(font, c));
            }
        });
        return written.toString();
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
}
