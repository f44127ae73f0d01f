package app.ponte.report.ui;

import app.ponte.base.ui.LocalisedFormats;
import app.ponte.report.ReportChart;
import app.ponte.report.ReportContent;
import app.ponte.report.ReportDocuments;
import app.ponte.report.ReportDocuments.KeyFigure;
import app.ponte.report.ReportDocuments.Section;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * One report's page body in the viewer's language: title and period, the key figures, every section (an empty one
 * says so) and the three charts. A chart is an SVG shown as an image from a data URL: an image cannot run script,
 * whatever a milestone is called, and no SVG markup is ever put into the page. Lists and stacked blocks, no wide
 * tables, so that a phone (390 px) reads it without scrolling sideways.
 */
class ReportBody extends Composite<Div> {

    private final H2 title;

    ReportBody(ReportContent content, ReportDocuments documents) {
        Locale locale = LocalisedFormats.currentLocale();
        Div body = getContent();
        body.addClassName("report-body");
        title = new H2(documents.title(content, locale));
        title.addClassName("report-title");
        Paragraph days = new Paragraph(documents.periodDays(content, locale));
        days.addClassName("report-days");
        body.add(title, days, figures(documents, content, locale));
        for (Section section : documents.sections(content, locale)) {
            body.add(section(section));
        }
        Div charts = new Div(new H3(getTranslation("report.doc.section.charts")));
        charts.addClassName("report-charts");
        for (ReportChart chart : ReportChart.values()) {
            charts.add(chart(documents.chartSvg(content, chart, locale), getTranslation(chart.titleKey())));
        }
        body.add(charts);
    }

    private static Div figures(ReportDocuments documents, ReportContent content, Locale locale) {
        Div figures = new Div();
        figures.addClassName("report-figures");
        for (KeyFigure figure : documents.keyFigures(content, locale)) {
            Span value = new Span(figure.value());
            value.addClassName("report-figure-value");
            Span label = new Span(figure.label());
            label.addClassName("report-figure-label");
            Div card = new Div(value, label);
            card.addClassNames("report-figure", "report-figure-" + figure.name());
            figures.add(card);
        }
        return figures;
    }

    private static Div section(Section section) {
        Div block = new Div(new H3(section.heading()));
        block.addClassNames("report-section", "report-section-" + section.name());
        if (section.lines().isEmpty()) {
            Paragraph empty = new Paragraph(section.empty());
            empty.addClassName("report-empty");
            block.add(empty);
            return block;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("report-list");
        section.lines().forEach(line -> list.add(new ListItem(line)));
        block.add(list);
        return block;
    }

    private static Image chart(String svg, String title) {
        String source = "data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
        Image image = new Image(source, title);
        image.addClassName("report-chart");
        return image;
    }

    /** On the report's own page the page heading already says it: the body's title would repeat it. */
    ReportBody withoutTitle() {
        title.setVisible(false);
        return this;
    }
}
