package app.ponte.dashboard;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.StandardEntityCollection;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.AbstractCategoryItemRenderer;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jspecify.annotations.Nullable;

/**
 * Draws a dashboard's {@link ChartData} with JFreeChart in the report's flat look (Liberation Sans, flat colours, no
 * shadows), numbers written for the viewer's locale, as SVG through {@link ChartSvg}; and says where each value was
 * drawn, so that the page can lay a real link over every bar that leads to a list. Readable without colour alone:
 * bars carry their values, each line its own shape and dash, and a legend names the series.
 */
public final class DashboardCharts {

    public static final int WIDTH = 360;
    public static final int HEIGHT = 260;
    /** The smallest side of a link's area, in the chart's pixels: a bar of 0 still gets something to press. */
    private static final double SMALLEST_TARGET = 16;

    /** An accessible palette (distinguishable with the common colour-vision deficiencies), then it repeats. */
    private static final Color[] COLOURS = {new Color(0x1f, 0x5f, 0xc7), new Color(0xd3, 0x6b, 0x00),
            new Color(0x1e, 0x8a, 0x4c), new Color(0x8e, 0x44, 0xad), new Color(0x00, 0x83, 0x8f),
            new Color(0x5d, 0x6d, 0x7e)};
    private static final float[][] DASHES = {null, {6f, 4f}, {2f, 3f}, {8f, 3f, 2f, 3f}};
    private static final Color GRID = new Color(0xd5, 0xd9, 0xde);
    private static final Font FONT = ChartFont.LIBERATION_SANS;

    private static final int REMEMBERED = 128;
    /** The charts drawn last (least recently used go first); a chart is a few dozen kilobytes. */
    private static final Map<Drawn, DrawnChart> RECENT = new LinkedHashMap<>(REMEMBERED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Drawn, DrawnChart> eldest) {
            return size() > REMEMBERED;
        }
    };

    private final Locale locale;

    public DashboardCharts(Locale locale) {
        this.locale = locale;
    }

    /** How the dashboard writes a value for this locale (grouping, up to two decimals). */
    public static NumberFormat numbers(Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format;
    }

    /**
     * The chart as SVG with the place of every value drawn. Drawing takes tens of milliseconds while the same figures
     * come back on every home page until they change: the last charts drawn are kept by their data and locale.
     */
    public DrawnChart draw(ChartData data) {
        Drawn key = new Drawn(data, locale);
        synchronized (RECENT) {
            DrawnChart known = RECENT.get(key);
            if (known != null) {
                return known;
            }
        }
        DrawnChart drawn = drawAnew(data);
        synchronized (RECENT) {
            RECENT.put(key, drawn);
        }
        return drawn;
    }

    private DrawnChart drawAnew(ChartData data) {
        int height = height(data);
        ChartRenderingInfo info = new ChartRenderingInfo(new StandardEntityCollection());
        String svg = ChartSvg.write(chart(data), WIDTH, height, info);
        List<ValueArea> areas = new ArrayList<>();
        for (Object entity : info.getEntityCollection().getEntities()) {
            if (entity instanceof CategoryItemEntity item && item.getRowKey() instanceof Key series
                    && item.getColumnKey() instanceof Key category && drawn(data, series.index(), category.index())) {
                areas.add(area(series.index(), category.index(), (ChartEntity) item, height));
            }
        }
        return new DrawnChart(svg, WIDTH, height, areas);
    }

    /**
     * Whether a value shows on the chart: a stacked segment of 0 is not drawn, and a link laid over nothing would
     * cover the segment above it. Its link stays in the table.
     */
    private static boolean drawn(ChartData data, int series, int category) {
        return data.kind() != ChartData.Kind.STACKED_BARS || data.series().get(series).values().get(category) != 0;
    }

    /** Many categories across: their names are turned at an angle (on one line each, or they overlap). */
    private static boolean rotated(ChartData data) {
        return data.kind() != ChartData.Kind.HORIZONTAL_BARS && data.categories().size() > 4;
    }

    private static int height(ChartData data) {
        if (data.kind() != ChartData.Kind.HORIZONTAL_BARS) {
            return HEIGHT;
        }
        // Bars across grow with their categories (one line of names each) instead of squeezing together.
        int barsPerCategory = Math.max(1, data.series().size());
        return Math.max(HEIGHT, 110 + data.categories().size() * (12 + 16 * barsPerCategory));
    }

    private JFreeChart chart(ChartData data) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (int s = 0; s < data.series().size(); s++) {
            ChartData.Series series = data.series().get(s);
            Key seriesKey = new Key(series.name(), s);
            for (int c = 0; c < data.categories().size(); c++) {
                dataset.addValue(series.values().get(c), seriesKey, new Key(data.categories().get(c), c));
            }
        }
        CategoryAxis categories = new CategoryAxis(data.categoryHeader());
        if (rotated(data)) {
            categories.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        // Names wrap onto a second line rather than being cut to "Less th...": the chart is drawn at about the
        // width a card shows it (a third of a wide screen, a whole phone), so its text reads at its own size.
        categories.setMaximumCategoryLabelLines(rotated(data) ? 1 : 2);
        if (data.kind() == ChartData.Kind.HORIZONTAL_BARS) {
            categories.setMaximumCategoryLabelWidthRatio(0.38f);
        }
        NumberAxis values = new NumberAxis(data.valueHeader());
        values.setAutoRangeIncludesZero(true);
        values.setNumberFormatOverride(numbers(locale));
        if (allWhole(data)) {
            values.setStandardTickUnits(NumberAxis.createIntegerTickUnits(locale));
        }
        AbstractCategoryItemRenderer renderer = renderer(data);
        CategoryPlot plot = new CategoryPlot(dataset, categories, values, renderer);
        if (data.kind() == ChartData.Kind.HORIZONTAL_BARS) {
            plot.setOrientation(PlotOrientation.HORIZONTAL);
            // The values' scale below the bars, where a reader looks for it, rather than above.
            plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        }
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        theme().apply(chart);
        // The theme resets the renderer's look: the flat bars, colours, labels and dashes go on after it.
        style(data, renderer, values);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(BlockBorder.NONE);
        }
        return chart;
    }

    private static AbstractCategoryItemRenderer renderer(ChartData data) {
        return switch (data.kind()) {
            case BARS, HORIZONTAL_BARS -> new BarRenderer();
            case STACKED_BARS -> new StackedBarRenderer();
            case LINES -> new LineAndShapeRenderer(true, true);
        };
    }

    private void style(ChartData data, AbstractCategoryItemRenderer renderer, NumberAxis values) {
        Shape[] shapes = DefaultDrawingSupplier.createStandardSeriesShapes();
        for (int s = 0; s < data.series().size(); s++) {
            renderer.setSeriesPaint(s, COLOURS[s % COLOURS.length]);
            if (renderer instanceof LineAndShapeRenderer) {
                float[] dash = DASHES[s % DASHES.length];
                renderer.setSeriesStroke(s, dash == null ? new BasicStroke(2.5f)
                        : new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f));
                renderer.setSeriesShape(s, shapes[s % shapes.length]);
            }
        }
        if (renderer instanceof BarRenderer bars) {
            bars.setBarPainter(new StandardBarPainter());
            bars.setShadowVisible(false);
            bars.setDrawBarOutline(false);
            bars.setItemMargin(0.05);
            bars.setMaximumBarWidth(0.12);
            bars.setDefaultItemLabelGenerator(new ValueLabels(numbers(locale), bars instanceof StackedBarRenderer));
            bars.setDefaultItemLabelsVisible(true);
            bars.setDefaultItemLabelFont(FONT.deriveFont(Font.PLAIN, 11f));
            if (bars instanceof StackedBarRenderer) {
                // Inside its segment, on white so that it reads over any of the colours.
                bars.setDefaultItemLabelPaint(Color.WHITE);
                bars.setDefaultPositiveItemLabelPosition(
                        new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
            } else if (data.kind() == ChartData.Kind.HORIZONTAL_BARS) {
                bars.setDefaultPositiveItemLabelPosition(
                        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
            }
            // Room beyond the longest bar for its value.
            values.setUpperMargin(0.15);
        }
    }

    private static boolean allWhole(ChartData data) {
        return data.series().stream().flatMap(series -> series.values().stream())
                .allMatch(value -> value == Math.rint(value));
    }

    private static ValueArea area(int series, int category, ChartEntity entity, int height) {
        Rectangle2D bounds = entity.getArea().getBounds2D();
        double w = Math.max(bounds.getWidth(), SMALLEST_TARGET);
        double h = Math.max(bounds.getHeight(), SMALLEST_TARGET);
        double x = clamp(bounds.getCenterX() - w / 2, WIDTH - w);
        double y = clamp(bounds.getCenterY() - h / 2, height - h);
        return new ValueArea(series, category, percent(x, WIDTH), percent(y, height), percent(w, WIDTH),
                percent(h, height));
    }

    private static double clamp(double start, double highest) {
        return Math.max(0, Math.min(start, highest));
    }

    private static double percent(double part, int whole) {
        return Math.round(part * 10000.0 / whole) / 100.0;
    }

    private static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("Ponte dashboard");
        theme.setExtraLargeFont(FONT.deriveFont(Font.BOLD, 15f));
        theme.setLargeFont(FONT.deriveFont(Font.BOLD, 13f));
        theme.setRegularFont(FONT.deriveFont(Font.PLAIN, 12f));
        theme.setSmallFont(FONT.deriveFont(Font.PLAIN, 11f));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(GRID);
        theme.setRangeGridlinePaint(GRID);
        theme.setPlotOutlinePaint(GRID);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setAxisLabelPaint(Color.DARK_GRAY);
        theme.setTickLabelPaint(Color.DARK_GRAY);
        theme.setItemLabelPaint(Color.BLACK);
        return theme;
    }

    /**
     * A drawn chart: the SVG, its size, and where each drawn value sits, in percentages of the chart's width and
     * height so that what is laid over it follows the image when it scales.
     */
    public record DrawnChart(String svg, int width, int height, List<ValueArea> areas) {
        public DrawnChart {
            areas = List.copyOf(areas);
        }
    }

    /** Where one value (series, category: indexes into the chart's data) was drawn, in percent of the chart. */
    public record ValueArea(int series, int category, double left, double top, double width, double height) {
    }

    /** What a drawn chart depends on. */
    private record Drawn(ChartData data, Locale locale) {
    }

    /**
     * A series' or category's key: the words shown, and its index, which keeps two organisations of the same name
     * apart (a dataset's keys must be unique) and leads back from a drawn bar to its value.
     */
    private record Key(String label, int index) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            return Integer.compare(index, other.index);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * The value on its bar, as the viewer writes numbers; a bar of 0 says "0", except a stacked segment of 0, which
     * is not drawn at all (its label would sit on the next one).
     */
    private static final class ValueLabels extends StandardCategoryItemLabelGenerator {

        private final boolean stacked;

        ValueLabels(NumberFormat format, boolean stacked) {
            super("{2}", format);
            this.stacked = stacked;
        }

        @Override
        public @Nullable String generateLabel(CategoryDataset dataset, int row, int column) {
            Number value = dataset.getValue(row, column);
            return value == null || stacked && value.doubleValue() == 0 ? null
                    : super.generateLabel(dataset, row, column);
        }
    }
}
