package app.ponte.dashboard;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;

/**
 * The charts' font, read once from the class path: Liberation Sans, which PDFBox ships (and the reports' PDF text
 * uses), so that every chart measures and draws its words the same on every machine, whatever fonts it has.
 */
public final class ChartFont {

    public static final String FAMILY = "Liberation Sans";
    /** PDFBox's copy; the report's PDF embeds the same file. */
    private static final String FILE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    public static final Font LIBERATION_SANS = load();

    private ChartFont() {
    }

    private static Font load() {
        try (InputStream file = ChartFont.class.getResourceAsStream(FILE)) {
            if (file == null) {
                throw new IllegalStateException("Font missing from the class path: " + FILE);
            }
            return Font.createFont(Font.TRUETYPE_FONT, file).deriveFont(12f);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("The charts' font could not be read", e);
        }
    }
}
