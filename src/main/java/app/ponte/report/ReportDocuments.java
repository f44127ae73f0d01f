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
        throw new UnsupportedOperationException("TRANSITIONAL: charts not drawn yet");
    }

    public byte[] pdf(ReportContent content, Locale locale, @Nullable String note) {
        throw new UnsupportedOperationException("TRANSITIONAL: PDF not written yet");
    }

    public String mailText(ReportContent content, Locale locale, @Nullable String note, String link) {
        throw new UnsupportedOperationException("TRANSITIONAL: mail not written yet");
    }

    public String mailHtml(ReportContent content, Locale locale, @Nullable String note, String link) {
        throw new UnsupportedOperationException("TRANSITIONAL: mail not written yet");
    }
}
