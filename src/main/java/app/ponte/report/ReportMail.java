package app.ponte.report;

import app.ponte.report.ReportDocuments.KeyFigure;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * A report's e-mail in one reader's words: the key figures, the team's note and the link to the whole report (the
 * PDF travels as an attachment). The HTML uses inline styles only (mail programs drop style sheets) and no remote
 * image; every text in it, ours and what people wrote, is escaped, so a title with {@code <script>} reads as such.
 */
final class ReportMail {

    private static final String FONT = "font-family:Arial,Helvetica,sans-serif;";

    private final ReportWords words;
    private final ReportSections sections;

    ReportMail(ReportWords words) {
        this.words = words;
        this.sections = new ReportSections(words);
    }

    String text(ReportContent content, @Nullable String note, String link) {
        StringBuilder text = new StringBuilder();
        text.append(words.title(content)).append("\n\n");
        text.append(words.t("report.mail.intro", words.period(content.period()))).append("\n\n");
        for (KeyFigure figure : sections.keyFigures(content)) {
            text.append(figure.label()).append(": ").append(figure.value()).append('\n');
        }
        if (hasNote(note)) {
            text.append('\n').append(words.t("report.doc.note")).append('\n').append(note.strip()).append('\n');
        }
        text.append('\n').append(words.t("report.mail.link")).append('\n').append(link).append('\n');
        text.append('\n').append(words.t("report.mail.attached")).append('\n');
        return text.toString();
    }

    String html(ReportContent content, @Nullable String note, String link) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html><html lang=\"").append(escape(words.locale().toLanguageTag()))
                .append("\"><head><meta charset=\"UTF-8\"><title>").append(escape(words.title(content)))
                .append("</title></head><body style=\"margin:0;padding:16px;background:#ffffff;color:#1a1f24;")
                .append(FONT).append("\">");
        html.append("<h1 style=\"font-size:20px;margin:0 0 8px 0;").append(FONT).append("\">")
                .append(escape(words.title(content))).append("</h1>");
        html.append("<p style=\"margin:0 0 16px 0;font-size:14px;\">")
                .append(escape(words.t("report.mail.intro", words.period(content.period())))).append("</p>");
        figures(html, sections.keyFigures(content));
        if (hasNote(note)) {
            html.append("<h2 style=\"font-size:16px;margin:16px 0 4px 0;\">").append(escape(words.t("report.doc.note")))
                    .append("</h2><p style=\"margin:0;font-size:14px;white-space:pre-wrap;\">")
                    .append(escape(note.strip())).append("</p>");
        }
        html.append("<p style=\"margin:20px 0 8px 0;\"><a href=\"").append(escape(link))
                .append("\" style=\"display:inline-block;padding:10px 16px;background:#1f5fc7;color:#ffffff;")
                .append("text-decoration:none;border-radius:4px;font-size:14px;\">")
                .append(escape(words.t("report.mail.open"))).append("</a></p>");
        html.append("<p style=\"margin:0;font-size:12px;color:#5d6d7e;\">").append(escape(words.t("report.mail.attached")))
                .append("</p></body></html>");
        return html.toString();
    }

    private void figures(StringBuilder html, List<KeyFigure> figures) {
        html.append("<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" style=\"border-collapse:collapse;")
                .append("font-size:14px;\">");
        for (KeyFigure figure : figures) {
            html.append("<tr><td style=\"padding:4px 16px 4px 0;color:#5d6d7e;\">").append(escape(figure.label()))
                    .append("</td><td style=\"padding:4px 0;font-weight:bold;\">").append(escape(figure.value()))
                    .append("</td></tr>");
        }
        html.append("</table>");
    }

    private static boolean hasNote(@Nullable String note) {
        return note != null && !note.isBlank();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
