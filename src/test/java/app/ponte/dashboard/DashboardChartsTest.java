package app.ponte.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class DashboardChartsTest {

    private static ChartData byStatus(ChartData.Kind kind, String firstCategory) {
        List<String> links = new ArrayList<>();
        links.add("requests?status=NEW");
        links.add(null);
        links.add("requests?status=DONE");
        return new ChartData("Our requests", kind, "Status", "Requests", List.of(firstCategory, "Triaged", "Done"),
                List.of(new ChartData.Series("Requests", List.of(3.0, 1.0, 1234.0), links)), null);
    }

    @Test
    void every_value_of_every_kind_is_drawn_somewhere_inside_the_chart() {
        for (ChartData.Kind kind : ChartData.Kind.values()) {
            DashboardCharts.DrawnChart drawn = new DashboardCharts(Locale.US).draw(byStatus(kind, "New"));

            assertThat(drawn.areas()).as(kind.name()).extracting(DashboardCharts.ValueArea::category)
                    .containsExactlyInAnyOrder(0, 1, 2);
            assertThat(drawn.areas()).as(kind.name()).allSatisfy(area -> {
                assertThat(area.left()).isBetween(0.0, 100.0);
                assertThat(area.top()).isBetween(0.0, 100.0);
                assertThat(area.left() + area.width()).isLessThanOrEqualTo(100.0);
                assertThat(area.top() + area.height()).isLessThanOrEqualTo(100.0);
                assertThat(area.width()).isPositive();
                assertThat(area.height()).isPositive();
            });
        }
    }

    @Test
    void a_taller_bar_covers_more_of_the_chart_than_a_shorter_one() {
        DashboardCharts.DrawnChart drawn = new DashboardCharts(Locale.US).draw(byStatus(ChartData.Kind.BARS, "New"));

        DashboardCharts.ValueArea three = drawn.areas().stream().filter(a -> a.category() == 0).findFirst().orElseThrow();
        DashboardCharts.ValueArea many = drawn.areas().stream().filter(a -> a.category() == 2).findFirst().orElseThrow();
        assertThat(many.height()).isGreaterThan(three.height());
        assertThat(many.left()).isGreaterThan(three.left());
    }

    @Test
    void bars_carry_their_values_written_for_the_viewers_locale() throws Exception {
        String english = text(new DashboardCharts(Locale.US).draw(byStatus(ChartData.Kind.BARS, "New")).svg());
        String brazilian = text(new DashboardCharts(Locale.forLanguageTag("pt-BR"))
                .draw(byStatus(ChartData.Kind.BARS, "New")).svg());

        assertThat(english).contains("1,234", "Status", "Requests", "New", "Triaged");
        assertThat(brazilian).contains("1.234").doesNotContain("1,234");
    }

    @Test
    void a_category_named_like_markup_stays_text_and_the_svg_holds_no_script() throws Exception {
        String svg = new DashboardCharts(Locale.US).draw(byStatus(ChartData.Kind.HORIZONTAL_BARS,
                "<script>alert(1)</script>")).svg();

        assertThat(svg).doesNotContain("<script").contains("&lt;script&gt;");
        Document document = parse(svg);
        assertThat(document.getElementsByTagNameNS("*", "script").getLength()).isZero();
        assertThat(document.getDocumentElement().getTextContent()).contains("<script>alert(1)</script>");
    }

    @Test
    void series_of_a_line_chart_differ_in_dash_as_well_as_in_colour() {
        ChartData lines = new ChartData("On time", ChartData.Kind.LINES, "Month", "Rate", List.of("Jan", "Feb"),
                List.of(ChartData.Series.of("Kept", List.of(3, 4)), ChartData.Series.of("Late", List.of(1, 2))), null);

        String svg = new DashboardCharts(Locale.US).draw(lines).svg();

        assertThat(svg).contains("stroke-dasharray");
    }

    @Test
    void a_stacked_segment_of_zero_is_not_drawn_so_nothing_is_laid_over_the_segment_above_it() {
        ChartData stacked = new ChartData("Open", ChartData.Kind.STACKED_BARS, "Status", "Requests",
                List.of("New", "Triaged"),
                List.of(ChartData.Series.of("Bugs", List.of(0, 2)), ChartData.Series.of("Ideas", List.of(4, 1))), null);

        DashboardCharts.DrawnChart drawn = new DashboardCharts(Locale.US).draw(stacked);

        assertThat(drawn.areas()).extracting(area -> area.series() + "/" + area.category())
                .containsExactlyInAnyOrder("0/1", "1/0", "1/1");
    }

    @Test
    void the_same_figures_in_the_same_language_are_drawn_once() {
        DashboardCharts.DrawnChart first = new DashboardCharts(Locale.US).draw(byStatus(ChartData.Kind.BARS, "Once"));

        assertThat(new DashboardCharts(Locale.US).draw(byStatus(ChartData.Kind.BARS, "Once"))).isSameAs(first);
        assertThat(new DashboardCharts(Locale.UK).draw(byStatus(ChartData.Kind.BARS, "Once"))).isNotSameAs(first);
        assertThat(new DashboardCharts(Locale.US).draw(byStatus(ChartData.Kind.LINES, "Once"))).isNotSameAs(first);
    }

    @Test
    void bars_across_grow_taller_with_their_categories() {
        List<String> many = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            many.add("Organisation " + i);
            values.add(i + 1);
        }
        ChartData data = new ChartData("Open by organisation", ChartData.Kind.HORIZONTAL_BARS, "Organisation",
                "Requests", many, List.of(ChartData.Series.of("Open", values)), null);

        assertThat(new DashboardCharts(Locale.US).draw(data).height()).isGreaterThan(DashboardCharts.HEIGHT);
    }

    private static String text(String svg) throws Exception {
        return parse(svg).getDocumentElement().getTextContent();
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
