package app.ponte.report;

import app.ponte.dashboard.ChartFont;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardPieSectionLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A report's three charts built with JFreeChart from the snapshot alone, in one reader's words: the same chart is
 * then written as SVG (page, e-mail) or drawn into the PDF as vector graphics. One font shipped on the class path,
 * flat colours, no shadows or gradients: nothing external, and the same content draws the same chart.
 * A chart without data says so instead of showing empty axes.
 */
final class ReportCharts {

    static final int WIDTH = 640;
    static final int HEIGHT = 320;

    private static final Color OPENED = new Color(0x1f, 0x5f, 0xc7);
    private static final Color CLOSED = new Color(0x1e, 0x8a, 0x4c);
    private static final Color LATE = new Color(0xc6, 0x28, 0x28);
    private static final Color GRID = new Color(0xd5, 0xd9, 0xde);
    private static final Color[] MILESTONES = {new Color(0x1f, 0x5f, 0xc7), new Color(0x8e, 0x44, 0xad),
            new Color(0xd3, 0x6b, 0x00), new Color(0x00, 0x83, 0x8f), new Color(0x5d, 0x6d, 0x7e)};
    /**
     * Liberation Sans, the font PDFBox ships (and the PDF's text uses), loaded from the class path: the charts
     * measure and draw their words with the same font on every machine, whatever fonts it has installed.
     */
    private static final Font FONT = ChartFont.LIBERATION_SANS;

    private final ReportWords words;

    /**
     * The chart's height: the burn-up's legend has two lines per milestone, so it grows with them instead of
     * squeezing the plot (up to 12 milestones; beyond, the plot gets smaller).
     */
    static int height(ReportContent content, ReportChart chart) {
        if (chart != ReportChart.BURN_UP) {
            return HEIGHT;
        }
        long lines = 2 * content.burnUps().stream().filter(burnUp -> !burnUp.points().isEmpty()).count();
        return HEIGHT + 16 * (int) Math.min(Math.max(0, lines - 4), 20);
    }

    ReportCharts(ReportWords words) {
        this.words = words;
    }

    JFreeChart chart(ReportContent content, ReportChart which) {
        JFreeChart chart = switch (which) {
            case OPENED_CLOSED -> openedClosed(content.openedClosedPerWeek());
            case PROMISES -> promises(content.promises());
            case BURN_UP -> burnUp(content.burnUps());
        };
        chart.setTitle(new TextTitle(words.t(which.titleKey()), FONT.deriveFont(Font.BOLD, 15f)));
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.getPlot().setNoDataMessage(words.t("report.chart.no-data"));
        chart.getPlot().setNoDataMessageFont(FONT.deriveFont(Font.PLAIN, 14f));
        chart.getPlot().setNoDataMessagePaint(Color.DARK_GRAY);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        return chart;
    }

    private JFreeChart openedClosed(List<ReportContent.WeekCounts> weeks) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String opened = words.t("report.chart.opened");
        String closed = words.t("report.chart.closed");
        // a period without a request opened or closed draws the "no data" message, not empty bars over a lone 0
        boolean quiet = weeks.stream().allMatch(week -> week.opened() == 0 && week.closed() == 0);
        for (ReportContent.WeekCounts week : quiet ? List.<ReportContent.WeekCounts>of() : weeks) {
            String label = words.shortDay(week.weekStart());
            data.addValue(week.opened(), opened, label);
            data.addValue(week.closed(), closed, label);
        }
        CategoryAxis axis = new CategoryAxis(words.t("report.chart.week"));
        if (weeks.size() > 6) {
            axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        NumberAxis counts = countAxis(words.t("report.chart.requests"));
        BarRenderer bars = new BarRenderer();
        CategoryPlot plot = new CategoryPlot(data, axis, counts, bars);
        plot.setOrientation(PlotOrientation.VERTICAL);
        JFreeChart chart = themed(plot);
        bars.setSeriesPaint(0, OPENED);
        bars.setSeriesPaint(1, CLOSED);
        flat(bars);
        return chart;
    }

    private JFreeChart promises(ReportContent.PromiseCounts promises) {
        DefaultPieDataset<String> data = new DefaultPieDataset<>();
        String onTime = words.t("report.chart.on-time");
        String late = words.t("report.chart.late");
        if (promises.onTime() + promises.late() > 0) {
            data.setValue(onTime, promises.onTime());
            data.setValue(late, promises.late());
        }
        PiePlot<String> plot = new PiePlot<>(data);
        JFreeChart chart = themed(plot);
        // The theme puts shadows behind the slices and their labels; a flat chart prints and scales cleanly.
        plot.setShadowPaint(null);
        plot.setLabelShadowPaint(null);
        plot.setLabelBackgroundPaint(Color.WHITE);
        plot.setLabelOutlinePaint(GRID);
        plot.setSectionPaint(onTime, CLOSED);
        plot.setSectionPaint(late, LATE);
        plot.setIgnoreZeroValues(true);
        plot.setLabelGenerator(new StandardPieSectionLabelGenerator("{0}: {1} ({2})",
                NumberFormat.getIntegerInstance(words.locale()), NumberFormat.getPercentInstance(words.locale())));
        plot.setLegendLabelGenerator(new StandardPieSectionLabelGenerator("{0}"));
        plot.setOutlineVisible(false);
        return chart;
    }

    private JFreeChart burnUp(List<ReportContent.MilestoneBurnUp> burnUps) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        int series = 0;
        for (ReportContent.MilestoneBurnUp burnUp : burnUps) {
            if (burnUp.points().isEmpty()) {
                continue;
            }
            // Keys are unique per milestone even when two milestones share a name (a series key must be).
            XYSeries done = new XYSeries(new SeriesKey(words.t("report.chart.done", burnUp.milestone()), series), false);
            XYSeries scope = new XYSeries(new SeriesKey(words.t("report.chart.scope", burnUp.milestone()), series + 1),
                    false);
            for (ReportContent.BurnUpPoint point : burnUp.points()) {
                done.add(point.day().toEpochDay(), point.done());
                scope.add(point.day().toEpochDay(), point.scope());
            }
            data.addSeries(done);
            data.addSeries(scope);
            series += 2;
        }
        NumberAxis days = new NumberAxis(words.t("report.chart.day"));
        days.setAutoRangeIncludesZero(false);
        days.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        days.setNumberFormatOverride(new DayFormat(words));
        NumberAxis items = countAxis(words.t("report.chart.items"));
        XYPlot plot = new XYPlot(data, days, items, lines);
        JFreeChart chart = themed(plot);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            Color colour = MILESTONES[i / 2 % MILESTONES.length];
            lines.setSeriesPaint(i, colour);
            lines.setSeriesStroke(i, i % 2 == 0 ? new BasicStroke(2.5f)
                    : new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        }
        return chart;
    }

    /** A chart in the report's flat look; colours and strokes are set after, as the theme clears them. */
    private static JFreeChart themed(org.jfree.chart.plot.Plot plot) {
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        theme().apply(chart);
        return chart;
    }

    private static NumberAxis countAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setAutoRangeIncludesZero(true);
        return axis;
    }

    private static void flat(BarRenderer bars) {
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        bars.setItemMargin(0.05);
    }

    private static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("Ponte report");
        theme.setExtraLargeFont(FONT.deriveFont(Font.BOLD, 15f));
        theme.setLargeFont(FONT.deriveFont(Font.BOLD, 13f));
        theme.setRegularFont(FONT.deriveFont(Font.PLAIN, 12f));
        theme.setSmallFont(FONT.deriveFont(Font.PLAIN, 10f));
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
        theme.setTitlePaint(Color.BLACK);
        return theme;
    }

    /** A legend entry: the words shown, and a number that keeps series of same-named milestones apart. */
    private record SeriesKey(String label, int index) implements Comparable<SeriesKey> {
        @Override
        public int compareTo(SeriesKey other) {
            return Integer.compare(index, other.index);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** Writes an x value of the burn-up (a day counted from the epoch) as the reader's short day. */
    private static final class DayFormat extends NumberFormat {

        private final transient ReportWords words;

        DayFormat(ReportWords words) {
            this.words = words;
        }

        @Override
        public StringBuffer format(double number, StringBuffer to, FieldPosition position) {
            return format(Math.round(number), to, position);
        }

        @Override
        public StringBuffer format(long number, StringBuffer to, FieldPosition position) {
            return to.append(words.shortDay(LocalDate.ofEpochDay(number)));
        }

        @Override
        public Number parse(String source, ParsePosition position) {
            throw new UnsupportedOperationException("days on a chart axis are only written");
        }

        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}
