package app.ponte.report;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.base.TranslationProvider;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class ReportChartsTest {

    private final ReportDocuments documents = new ReportDocuments(new TranslationProvider());

    @Test
    void each_chart_is_a_well_formed_svg_with_its_translated_title_and_legend() throws Exception {
        for (ReportChart chart : ReportChart.values()) {
            Document svg = parse(documents.chartSvg(ReportFixtures.november(), chart, Locale.UK));
            assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
            assertThat(svg.getDocumentElement().getAttribute("viewBox")).isEqualTo("0 0 640 320");
            assertThat(svg.getDocumentElement().getTextContent()).as(chart.name())
                    .contains(new TranslationProvider().getTranslation(chart.titleKey(), Locale.UK));
        }
        assertThat(parse(documents.chartSvg(ReportFixtures.november(), ReportChart.OPENED_CLOSED, Locale.UK))
                .getDocumentElement().getTextContent()).contains("Opened", "Closed", "Week starting", "2 Nov");
        assertThat(parse(documents.chartSvg(ReportFixtures.november(), ReportChart.PROMISES, Locale.UK))
                .getDocumentElement().getTextContent()).contains("On time: 5 (71%)", "Late: 2 (29%)");
    }

    @Test
    void a_portuguese_reader_gets_portuguese_titles_legends_and_days() throws Exception {
        Locale brazil = TranslationProvider.BRAZILIAN_PORTUGUESE;
        assertThat(parse(documents.chartSvg(ReportFixtures.november(), ReportChart.OPENED_CLOSED, brazil))
                .getDocumentElement().getTextContent())
                .contains("Pedidos abertos e fechados por semana", "Abertos", "Fechados", "2 de nov.");
        assertThat(parse(documents.chartSvg(ReportFixtures.november(), ReportChart.PROMISES, brazil))
                .getDocumentElement().getTextContent()).contains("No prazo", "Com atraso");
        assertThat(parse(documents.chartSvg(ReportFixtures.november(), ReportChart.BURN_UP, brazil))
                .getDocumentElement().getTextContent()).contains("Marcos em aberto", "feito", "escopo");
    }

    @Test
    void a_milestone_named_like_markup_stays_text_in_the_svg() throws Exception {
        String svg = documents.chartSvg(ReportFixtures.november(), ReportChart.BURN_UP, Locale.UK);

        assertThat(svg).doesNotContain("<script").contains("&lt;script&gt;");
        NodeList scripts = parse(svg).getElementsByTagNameNS("*", "script");
        assertThat(scripts.getLength()).isZero();
        assertThat(parse(svg).getDocumentElement().getTextContent()).contains(ReportFixtures.HOSTILE + ": done");
    }

    @Test
    void milestones_of_the_same_name_keep_their_own_lines_and_many_milestones_make_a_taller_chart() throws Exception {
        ReportContent.MilestoneBurnUp first = new ReportContent.MilestoneBurnUp("Launch", null,
                java.util.List.of(new ReportContent.BurnUpPoint(java.time.LocalDate.of(2026, 11, 2), 1, 4)));
        ReportContent.MilestoneBurnUp second = new ReportContent.MilestoneBurnUp("Launch", null,
                java.util.List.of(new ReportContent.BurnUpPoint(java.time.LocalDate.of(2026, 11, 2), 3, 8)));
        ReportContent twice = withBurnUps(java.util.List.of(first, second));
        ReportContent many = withBurnUps(java.util.Collections.nCopies(6, first));

        String legend = parse(documents.chartSvg(twice, ReportChart.BURN_UP, Locale.UK)).getDocumentElement()
                .getTextContent();
        assertThat(legend.split("Launch: done", -1)).hasSize(3);
        assertThat(parse(documents.chartSvg(many, ReportChart.BURN_UP, Locale.UK)).getDocumentElement()
                .getAttribute("viewBox")).isEqualTo("0 0 640 448");
    }

    private static ReportContent withBurnUps(java.util.List<ReportContent.MilestoneBurnUp> burnUps) {
        ReportContent base = ReportFixtures.november();
        return new ReportContent(base.organisationId(), base.organisationName(), base.period(), base.generatedAt(),
                base.delivered(), base.slipped(), base.next(), base.openByStatus(), base.decisions(), base.actionItems(),
                base.sla(), base.satisfaction(), base.openedClosedPerWeek(), base.promises(), burnUps);
    }

    @Test
    void a_period_without_data_draws_charts_that_say_so() throws Exception {
        for (ReportChart chart : ReportChart.values()) {
            assertThat(parse(documents.chartSvg(ReportFixtures.quiet(), chart, Locale.UK)).getDocumentElement()
                    .getTextContent()).as(chart.name()).contains("No data for this period");
            assertThat(parse(documents.chartSvg(ReportFixtures.quiet(), chart, TranslationProvider.BRAZILIAN_PORTUGUESE))
                    .getDocumentElement().getTextContent()).as(chart.name()).contains("Sem dados para este período");
        }
        assertThat(documents.chartSvg(ReportFixtures.november(), ReportChart.PROMISES, Locale.UK))
                .doesNotContain("No data for this period");
    }

    @Test
    void weeks_in_which_no_request_was_opened_or_closed_say_so_instead_of_drawing_empty_bars() throws Exception {
        ReportContent base = ReportFixtures.november();
        var zeros = base.openedClosedPerWeek().stream()
                .map(week -> new ReportContent.WeekCounts(week.weekStart(), 0, 0)).toList();
        ReportContent quietWeeks = new ReportContent(base.organisationId(), base.organisationName(), base.period(),
                base.generatedAt(), base.delivered(), base.slipped(), base.next(), base.openByStatus(),
                base.decisions(), base.actionItems(), base.sla(), base.satisfaction(), zeros, base.promises(),
                base.burnUps());

        assertThat(zeros).isNotEmpty();
        assertThat(parse(documents.chartSvg(quietWeeks, ReportChart.OPENED_CLOSED, Locale.UK)).getDocumentElement()
                .getTextContent()).contains("No data for this period");
        assertThat(parse(documents.chartSvg(base, ReportChart.OPENED_CLOSED, Locale.UK)).getDocumentElement()
                .getTextContent()).doesNotContain("No data for this period");
    }

    @Test
    void the_same_report_draws_the_same_svg_and_names_nothing_outside_it() {
        for (ReportChart chart : ReportChart.values()) {
            String first = documents.chartSvg(ReportFixtures.november(), chart, Locale.US);
            assertThat(documents.chartSvg(ReportFixtures.november(), chart, Locale.US)).isEqualTo(first);
            assertThat(first).doesNotContain("<!DOCTYPE", "@font-face", "<image", "url(data", "url(http")
                    .doesNotContainPattern("href=\"(?!#)").doesNotContain("Dialog")
                    .contains("font-family=\"'Liberation Sans', Arial, Helvetica, sans-serif\"");
        }
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
