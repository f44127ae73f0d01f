package app.ponte.report;

import app.ponte.report.ReportDocuments.KeyFigure;
import app.ponte.report.ReportDocuments.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What a report says, in one reader's words, the same for the page, the PDF and the e-mail: the key figures and
 * the sections as lines of text. What people wrote (titles, reasons, decisions) goes in as an argument, never as a
 * pattern, so braces and quotes in it stay as written.
 */
final class ReportSections {

    private final ReportWords words;

    ReportSections(ReportWords words) {
        this.words = words;
    }

    List<KeyFigure> keyFigures(ReportContent content) {
        List<KeyFigure> figures = new ArrayList<>();
        figures.add(new KeyFigure("delivered", words.t("report.doc.figure.delivered"),
                words.count(content.delivered().size())));
        figures.add(new KeyFigure("slipped", words.t("report.doc.figure.slipped"), words.count(content.slipped().size())));
        figures.add(new KeyFigure("open", words.t("report.doc.figure.open"),
                words.count(content.openByStatus().stream().mapToLong(ReportContent.StatusCount::count).sum())));
        ReportContent.SlaFigures sla = content.sla();
        if (sla != null && sla.met() + sla.missed() > 0) {
            figures.add(new KeyFigure("sla", words.t("report.doc.figure.sla"),
                    words.percent((double) sla.met() / (sla.met() + sla.missed()))));
        }
        ReportContent.SatisfactionFigures satisfaction = content.satisfaction();
        if (satisfaction != null && satisfaction.answers() > 0) {
            figures.add(new KeyFigure("satisfaction", words.t("report.doc.figure.satisfaction"),
                    words.t("report.doc.satisfaction-short", words.decimal(satisfaction.average(), 1),
                            String.valueOf(satisfaction.scaleMax()))));
        }
        return figures;
    }

    List<Section> sections(ReportContent content) {
        List<Section> sections = new ArrayList<>();
        sections.add(section("delivered", content.delivered(), this::delivered));
        sections.add(section("slipped", content.slipped(), this::slipped));
        sections.add(section("next", content.next(), this::next));
        sections.add(section("open", content.openByStatus(),
                count -> words.t("report.doc.status-count", words.status(count.status()), words.count(count.count()))));
        sections.add(section("decisions", content.decisions(),
                decision -> words.t("report.doc.decision", words.day(decision.day()), decision.text())));
        sections.add(section("action-items", content.actionItems(), this::actionItem));
        ReportContent.SlaFigures sla = content.sla();
        if (sla != null) {
            sections.add(section("sla", List.of(sla), this::sla));
        }
        ReportContent.SatisfactionFigures satisfaction = content.satisfaction();
        if (satisfaction != null) {
            sections.add(section("satisfaction", List.of(satisfaction), this::satisfaction));
        }
        return sections;
    }

    private <T> Section section(String name, List<T> items, Function<T, String> line) {
        return new Section(name, words.t("report.doc.section." + name), words.t("report.doc.empty." + name),
                items.stream().map(line).toList());
    }

    private String delivered(ReportContent.Delivered item) {
        return item.reference() == null || item.reference().isBlank()
                ? words.t("report.doc.delivered", item.title(), words.day(item.day()))
                : words.t("report.doc.delivered-ref", item.title(), words.day(item.day()), item.reference());
    }

    private String slipped(ReportContent.Slipped item) {
        return item.newDay() == null
                ? words.t("report.doc.slipped-undated", item.title(), words.day(item.promised()), item.reason())
                : words.t("report.doc.slipped", item.title(), words.day(item.promised()), words.day(item.newDay()),
                        item.reason());
    }

    private String next(ReportContent.Next item) {
        return item.day() == null ? words.t("report.doc.next-undated", item.title())
                : words.t("report.doc.next", item.title(), words.day(item.day()));
    }

    private String actionItem(ReportContent.ActionItem item) {
        return words.t(item.done() ? "report.doc.action-item.done" : "report.doc.action-item.open", item.text(),
                item.ownerName(), words.t(item.teamSide() ? "report.doc.side.team" : "report.doc.side.client"),
                words.day(item.due()));
    }

    private String sla(ReportContent.SlaFigures sla) {
        long due = sla.met() + sla.missed();
        return due == 0 ? words.t("report.doc.sla-none")
                : words.t("report.doc.sla", words.count(sla.met()), words.count(due),
                        words.percent((double) sla.met() / due), words.count(sla.missed()));
    }

    private String satisfaction(ReportContent.SatisfactionFigures satisfaction) {
        return satisfaction.answers() == 0 ? words.t("report.doc.satisfaction-none")
                : words.t("report.doc.satisfaction", words.decimal(satisfaction.average(), 1),
                        String.valueOf(satisfaction.scaleMax()), words.count(satisfaction.answers()));
    }
}
