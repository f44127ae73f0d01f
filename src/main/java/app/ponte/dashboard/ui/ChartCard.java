package app.ponte.dashboard.ui;

import app.ponte.dashboard.ChartData;
import app.ponte.dashboard.DashboardCharts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A dashboard chart: the chart drawn on the server as SVG in the viewer's language (each bar a link to the list it
 * counts), its title, a text summary for screen readers, a "show as table" alternative and the data as CSV. Built
 * from one {@link ChartData}, so that the four always agree. A chart with nothing to show says so instead of drawing
 * empty axes.
 */
public class ChartCard extends DashboardCard {

    private final ChartData data;
    private final @Nullable ChartFigure figure;
    private final @Nullable ChartTable table;
    private final @Nullable Button tableToggle;
    private final @Nullable Anchor csv;
    private final @Nullable Paragraph summary;

    public ChartCard(String id, ChartData data) {
        super(id, data.title());
        this.data = data;
        addClassName("chart-card");
        if (data.isEmpty()) {
            figure = null;
            table = null;
            tableToggle = null;
            csv = null;
            summary = null;
            with(nothing(getTranslation("dashboard.chart.nothing")));
            return;
        }
        NumberFormat numbers = DashboardCharts.numbers(getLocale());
        summary = new Paragraph(data.summary() != null ? data.summary() : writtenSummary(numbers));
        summary.setId(id + "-summary");
        summary.addClassName("chart-summary");
        figure = new ChartFigure(new DashboardCharts(getLocale()).draw(data), data, numbers, summary.getId().orElseThrow(),
                this::linkLabel);
        table = new ChartTable(data, numbers, this::linkLabel);
        table.setId(id + "-table");
        table.setVisible(false);
        // The label stays while the state changes (aria-pressed says which view is on), as a toggle button should.
        tableToggle = new Button(getTranslation("dashboard.chart.show-table"), click -> showTable(!table.isVisible()));
        tableToggle.setId(id + "-show-table");
        tableToggle.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        tableToggle.addClassName("chart-toggle");
        tableToggle.getElement().setAttribute("aria-pressed", "false");
        csv = ChartCsv.download(data, getTranslation("dashboard.chart.download-csv"));
        csv.setId(id + "-csv");
        csv.addClassName("chart-csv");
        Div actions = new Div(tableToggle, csv);
        actions.addClassName("chart-actions");
        with(figure, table, summary, actions);
    }

    /** The data drawn, for the block's tests. */
    public ChartData data() {
        return data;
    }

    /** The chart's links laid over its bars, in drawing order; none for an empty chart. */
    public List<Anchor> barLinks() {
        return figure == null ? List.of() : figure.links();
    }

    /** The words a screen reader reads for the chart; none for an empty chart (its "nothing to show" is visible). */
    public Optional<String> summaryText() {
        return Optional.ofNullable(summary).map(Paragraph::getText);
    }

    /** The "show as table" toggle; none for an empty chart. */
    Optional<Button> tableToggle() {
        return Optional.ofNullable(tableToggle);
    }

    /** The "Download CSV" link; none for an empty chart. */
    Optional<Anchor> csv() {
        return Optional.ofNullable(csv);
    }

    /** The table alternative (shown once toggled); none for an empty chart. */
    Optional<ChartTable> table() {
        return Optional.ofNullable(table);
    }

    private void showTable(boolean asTable) {
        if (table == null || figure == null || tableToggle == null) {
            return;
        }
        table.setVisible(asTable);
        figure.setVisible(!asTable);
        tableToggle.getElement().setAttribute("aria-pressed", Boolean.toString(asTable));
        // Only while the table is shown: a hidden component's element carries no id on the page, and a reference to
        // a missing id is invalid ARIA (axe: aria-valid-attr-value).
        if (asTable) {
            tableToggle.getElement().setAttribute("aria-controls", table.getId().orElseThrow());
        } else {
            tableToggle.getElement().removeAttribute("aria-controls");
        }
    }

    /** "Series, category: value: show the list", the name of a value's link (on the chart and in the table). */
    private String linkLabel(int series, int category, String value) {
        return getTranslation("dashboard.chart.link", data.series().get(series).name(),
                data.categories().get(category), value);
    }

    /**
     * The chart in words when its block wrote none: each category with its value, or with each series' value when
     * there are several ("Week of 3 Nov: opened 4, closed 2").
     */
    private String writtenSummary(NumberFormat numbers) {
        List<String> items = new ArrayList<>();
        for (int c = 0; c < data.categories().size(); c++) {
            String category = data.categories().get(c);
            if (data.series().size() == 1) {
                items.add(getTranslation("dashboard.chart.summary.item", category,
                        numbers.format(data.series().getFirst().values().get(c))));
                continue;
            }
            List<String> values = new ArrayList<>();
            for (ChartData.Series series : data.series()) {
                values.add(getTranslation("dashboard.chart.summary.value", series.name(),
                        numbers.format(series.values().get(c))));
            }
            items.add(getTranslation("dashboard.chart.summary.item", category, String.join(", ", values)));
        }
        return getTranslation("dashboard.chart.summary", data.title(), data.valueHeader(), String.join("; ", items));
    }

    /** Names a value's link from its series, category and value as written. */
    @FunctionalInterface
    interface LinkLabel {
        String of(int series, int category, String value);
    }
}
