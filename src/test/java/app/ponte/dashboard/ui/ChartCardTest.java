package app.ponte.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.UiTest;
import app.ponte.base.TranslationProvider;
import app.ponte.dashboard.ChartData;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeTableRow;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChartCardTest extends UiTest {

    /** Bugs lead to their lists by status, except "Triaged"; ideas lead nowhere. */
    private static ChartData requests(String firstCategory, ChartData.Kind kind) {
        List<String> bugLinks = new ArrayList<>();
        bugLinks.add("requests?status=NEW&kind=BUG");
        bugLinks.add(null);
        bugLinks.add("requests?status=IN_PROGRESS&kind=BUG");
        return new ChartData("Our requests", kind, "Status", "Requests",
                List.of(firstCategory, "Triaged", "In progress"),
                List.of(new ChartData.Series("Bugs", List.of(3.0, 2.0, 1234.0), bugLinks),
                        ChartData.Series.of("Ideas", List.of(1, 4, 0))), null);
    }

    @BeforeEach
    void aSignedInPage() {
        signInAs("ana@aurora.test");
        UI.getCurrent().setLocale(Locale.US);
    }

    @Test
    void exactly_the_linked_values_get_a_link_over_their_bar_named_for_screen_readers() {
        for (ChartData.Kind kind : ChartData.Kind.values()) {
            ChartCard card = new ChartCard("dashboard-test-chart", requests("New", kind));

            assertThat(card.barLinks()).as(kind.name()).extracting(Anchor::getHref)
                    .containsExactlyInAnyOrder("requests?status=NEW&kind=BUG", "requests?status=IN_PROGRESS&kind=BUG");
            assertThat(card.barLinks()).as(kind.name()).extracting(link -> link.getAriaLabel().orElseThrow())
                    .containsExactlyInAnyOrder("Bugs, New: 3: show the list", "Bugs, In progress: 1,234: show the list");
            assertThat(card.barLinks()).allSatisfy(link -> {
                assertThat(link.getStyle().get("left")).endsWith("%");
                assertThat(link.getStyle().get("top")).endsWith("%");
                assertThat(link.getStyle().get("width")).endsWith("%");
                assertThat(link.getStyle().get("height")).endsWith("%");
            });
        }
    }

    @Test
    void a_bar_link_opens_its_list_inside_the_app() {
        ChartCard card = new ChartCard("dashboard-test-chart", requests("New", ChartData.Kind.BARS));
        UI.getCurrent().add(card);

        test(card.barLinks().getFirst()).navigate();

        var location = UI.getCurrent().getInternals().getActiveViewLocation();
        assertThat(location.getPath()).isEqualTo("requests");
        assertThat(location.getQueryParameters().getParameters())
                .isEqualTo(java.util.Map.of("status", List.of("NEW"), "kind", List.of("BUG")));
    }

    @Test
    void the_chart_is_an_image_from_a_data_url_described_by_its_summary() {
        ChartCard card = new ChartCard("dashboard-test-chart", requests("<b>New</b>", ChartData.Kind.BARS));
        UI.getCurrent().add(card);

        Image image = find(Image.class, card).single();
        String source = image.getSrc();
        assertThat(source).startsWith("data:image/svg+xml;base64,");
        String svg = new String(Base64.getDecoder().decode(source.substring(source.indexOf(',') + 1)),
                StandardCharsets.UTF_8);
        assertThat(svg).doesNotContain("<script", "<b>").contains("&lt;b&gt;New&lt;/b&gt;");
        assertThat(image.getElement().getAttribute("aria-describedby")).isEqualTo("dashboard-test-chart-summary");
        assertThat(card.getElement().getOuterHTML()).doesNotContain("<svg");
    }

    @Test
    void show_as_table_swaps_the_image_for_a_table_with_the_same_rows_as_the_data() {
        ChartCard card = new ChartCard("dashboard-test-chart", requests("New", ChartData.Kind.STACKED_BARS));
        UI.getCurrent().add(card);
        var toggle = card.tableToggle().orElseThrow();
        assertThat(toggle.getElement().getAttribute("aria-pressed")).isEqualTo("false");
        // no reference to the hidden table, whose id is not on the page (axe: aria-valid-attr-value)
        assertThat(toggle.getElement().hasAttribute("aria-controls")).isFalse();

        test(toggle).click();

        ChartTable table = card.table().orElseThrow();
        assertThat(table.isVisible()).isTrue();
        assertThat(find(Image.class, card).all()).allSatisfy(image -> assertThat(image.isVisible()
                && image.getParent().orElseThrow().isVisible()).isFalse());
        assertThat(toggle.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(toggle.getElement().getAttribute("aria-controls")).endsWith("-table");
        assertThat(table.getCaptionText()).isEqualTo("Our requests");
        assertThat(cells(table.getHead().getRows().getFirst())).containsExactly("Status", "Bugs", "Ideas");
        assertThat(table.getBody().getRows()).extracting(ChartCardTest::cells).containsExactly(
                List.of("New", "3", "1"), List.of("Triaged", "2", "4"), List.of("In progress", "1,234", "0"));
        assertThat(find(Anchor.class, table).all()).extracting(Anchor::getHref)
                .containsExactly("requests?status=NEW&kind=BUG", "requests?status=IN_PROGRESS&kind=BUG");

        test(toggle).click();

        assertThat(table.isVisible()).isFalse();
        assertThat(toggle.getElement().getAttribute("aria-pressed")).isEqualTo("false");
        // no reference to the hidden table, whose id is not on the page (axe: aria-valid-attr-value)
        assertThat(toggle.getElement().hasAttribute("aria-controls")).isFalse();
    }

    @Test
    void the_csv_holds_the_same_rows_and_a_formula_like_category_is_neutralised() throws Exception {
        ChartCard card = new ChartCard("dashboard-test-chart", requests("=HYPERLINK(\"x\")", ChartData.Kind.BARS));
        UI.getCurrent().add(card);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        test(card.csv().orElseThrow()).download(out);

        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF");
        List<CSVRecord> records = CSVFormat.EXCEL.parse(new StringReader(csv.substring(1))).getRecords();
        assertThat(records).extracting(CSVRecord::toList).containsExactly(List.of("Status", "Bugs", "Ideas"),
                List.of("'=HYPERLINK(\"x\")", "3", "1"), List.of("Triaged", "2", "4"),
                List.of("In progress", "1234", "0"));
        assertThat(ChartCsv.fileName("Requests: by status / kind")).isEqualTo("Requests- by status - kind.csv");
    }

    @Test
    void the_summary_says_each_category_with_its_values_in_english() {
        ChartCard card = new ChartCard("dashboard-test-chart", requests("New", ChartData.Kind.BARS));

        assertThat(card.summaryText()).contains("Our requests (Requests): New: Bugs 3, Ideas 1; "
                + "Triaged: Bugs 2, Ideas 4; In progress: Bugs 1,234, Ideas 0.");
    }

    @Test
    void the_summary_and_the_links_speak_brazilian_portuguese_to_a_brazilian_viewer() {
        UI.getCurrent().setLocale(TranslationProvider.BRAZILIAN_PORTUGUESE);
        ChartData one = new ChartData("Nossos pedidos", ChartData.Kind.BARS, "Situação", "Pedidos",
                List.of("Novo", "Em andamento"), List.of(new ChartData.Series("Pedidos", List.of(3.0, 1234.5),
                        List.of("requests?status=NEW", "requests?status=IN_PROGRESS"))), null);

        ChartCard card = new ChartCard("dashboard-test-chart", one);

        assertThat(card.summaryText()).contains("Nossos pedidos (Pedidos): Novo: 3; Em andamento: 1.234,5.");
        assertThat(card.barLinks()).extracting(link -> link.getAriaLabel().orElseThrow())
                .contains("Pedidos, Em andamento: 1.234,5: ver a lista");
        assertThat(card.tableToggle().orElseThrow().getText()).isEqualTo("Mostrar como tabela");
    }

    @Test
    void a_summary_the_block_wrote_is_read_as_it_is() {
        ChartData data = requests("New", ChartData.Kind.BARS);
        ChartData written = new ChartData(data.title(), data.kind(), data.categoryHeader(), data.valueHeader(),
                data.categories(), data.series(), "Mostly in progress.");

        assertThat(new ChartCard("dashboard-test-chart", written).summaryText()).contains("Mostly in progress.");
    }

    @Test
    void an_empty_chart_says_there_is_nothing_to_show_instead_of_drawing_axes() {
        ChartData nothing = new ChartData("Our requests", ChartData.Kind.BARS, "Status", "Requests",
                List.of("New", "Triaged"), List.of(ChartData.Series.of("Requests", List.of(0, 0))), null);

        ChartCard card = new ChartCard("dashboard-test-chart", nothing);
        UI.getCurrent().add(card);

        assertThat(find(Image.class, card).all()).isEmpty();
        assertThat(card.barLinks()).isEmpty();
        assertThat(card.tableToggle()).isEmpty();
        assertThat(card.getElement().getTextRecursively()).contains("Our requests", "Nothing to show yet.");
    }

    private static List<String> cells(NativeTableRow row) {
        return row.getAllCells().stream().map(cell -> cell.getElement().getTextRecursively()).toList();
    }
}
