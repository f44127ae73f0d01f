package app.ponte.report;

import app.ponte.dashboard.ChartSvg;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A report's documents in one reader's language: its charts as SVG (for the page and the e-mail), the PDF (charts
 * as vector graphics) and the e-mail's plain text and HTML with the key figures. A team's note, when given, is
 * words as written. The page body reads the same title, figures and sections ({@link #keyFigures},
 * {@link #sections}), so the page, the PDF and the e-mail never say a report differently.
 */
@Component
public class ReportDocuments {

    private final I18NProvider translations;

    ReportDocuments(I18NProvider translations) {
        this.translations = translations;
    }

    public String chartSvg(ReportContent content, ReportChart chart, Locale locale) {
        return ChartSvg.write(new ReportCharts(words(locale)).chart(content, chart), ReportCharts.WIDTH,
                ReportCharts.height(content, chart));
    }

    public byte[] pdf(ReportContent content, Locale locale, @Nullable String note) {
        return new ReportPdf(words(locale)).write(content, note);
    }

    public String mailText(ReportContent content, Locale locale, @Nullable String note, String link) {
        return new ReportMail(words(locale)).text(content, note, link);
    }

    public String mailHtml(ReportContent content, Locale locale, @Nullable String note, String link) {
        return new ReportMail(words(locale)).html(content, note, link);
    }

    /** The report's title: its organisation and period ("Aurora Commerce: progress report, November 2026"). */
    public String title(ReportContent content, Locale locale) {
        return words(locale).title(content);
    }

    /** The first days and the last of the period, as the reader writes days. */
    public String periodDays(ReportContent content, Locale locale) {
        ReportWords words = words(locale);
        return words.t("report.doc.period-days", words.day(content.period().from()), words.day(content.period().to()));
    }

    /** Delivered, slipped, open, and SLA and satisfaction where the report has them. */
    public List<KeyFigure> keyFigures(ReportContent content, Locale locale) {
        return new ReportSections(words(locale)).keyFigures(content);
    }

    /** Every section in order, its lines written out; an empty section carries the sentence that says so. */
    public List<Section> sections(ReportContent content, Locale locale) {
        return new ReportSections(words(locale)).sections(content);
    }

    private ReportWords words(Locale locale) {
        return new ReportWords(translations, locale);
    }

    /** A key figure: a stable name (for styles and tests), the reader's label and the value as written for them. */
    public record KeyFigure(String name, String label, String value) {
    }

    /** A section: a stable name, its heading, what it says when empty, and its lines (plain text, not markup). */
    public record Section(String name, String heading, String empty, List<String> lines) {
        public Section {
            lines = List.copyOf(lines);
        }
    }
}
