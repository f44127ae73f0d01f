package app.ponte.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;

/** The charts' font, read once from the class path (see {@link ReportCharts}). */
final class ChartFont {

    static final String FAMILY = "Liberation Sans";
    static final Font LIBERATION_SANS = load();

    private ChartFont() {
    }

    private static Font load() {
        try (InputStream file = ChartFont.class.getResourceAsStream(PdfFlow.UNICODE_FONT)) {
            if (file == null) {
                throw new IllegalStateException("Font missing from the class path: " + PdfFlow.UNICODE_FONT);
            }
            return Font.createFont(Font.TRUETYPE_FONT, file).deriveFont(12f);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("The charts' font could not be read", e);
        }
    }
}
