package app.ponte.report;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A report's documents in one reader's language: its charts as SVG (for the page and the e-mail), the PDF (charts
 * as vector graphics) and the e-mail's plain text and HTML with the key figures. A team's note, when given, is
 * words as written.
 */
@Component
public class ReportDocuments {

    public String chartSvg(ReportContent content, ReportChart chart, Locale locale) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"; // TRANSITIONAL
    }

    public byte[] pdf(ReportContent content, Locale locale, @Nullable String note) {
        return new byte[0]; // TRANSITIONAL
    }

    public String mailText(ReportContent content, Locale locale, @Nullable String note, String link) {
        return ""; // TRANSITIONAL
    }

    public String mailHtml(ReportContent content, Locale locale, @Nullable String note, String link) {
        return ""; // TRANSITIONAL
    }
}
