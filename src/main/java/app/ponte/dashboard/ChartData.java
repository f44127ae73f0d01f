package app.ponte.dashboard;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a dashboard chart shows, already in the viewer's words: a title, the categories along one axis (weeks,
 * statuses, organisations), one or more series of values over them, and for each value where it leads (the filtered
 * list it counts; null for none). The same data draws the chart, its text summary, its "show as table" alternative
 * and its CSV, so the four can never disagree. Values are counts or measures (a rate, days of slip).
 *
 * @param title the chart's title
 * @param kind how it is drawn
 * @param categoryHeader the name of the categories (the first column of the table and the CSV)
 * @param valueHeader what a value is (the value axis' label)
 * @param categories the categories, in order
 * @param series the series; each has one value per category
 * @param summary a sentence for screen readers saying what the chart shows; null to have one written from the data
 */
public record ChartData(String title, Kind kind, String categoryHeader, String valueHeader, List<String> categories,
        List<Series> series, @Nullable String summary) {

    public enum Kind {
        /** Bars side by side per category. */
        BARS,
        /** One bar per category, its series stacked. */
        STACKED_BARS,
        /** Bars drawn across, for long category names (organisations, systems). */
        HORIZONTAL_BARS,
        /** A line per series (rates, slip over months). */
        LINES
    }

    /**
     * One series: its name (the legend and the table's header) and a value and link per category.
     *
     * @param links where each value leads (a route with its query, e.g. {@code requests?status=NEW}), or null
     */
    public record Series(String name, List<Double> values, List<@Nullable String> links) {

        public Series {
            values = List.copyOf(values);
            links = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(links));
            if (links.size() != values.size()) {
                throw new IllegalArgumentException("A series needs one link (or null) per value");
            }
        }

        /** A series whose values lead nowhere. */
        public static Series of(String name, List<? extends Number> values) {
            List<@Nullable String> none = new java.util.ArrayList<>();
            values.forEach(value -> none.add(null));
            return new Series(name, values.stream().map(Number::doubleValue).toList(), none);
        }
    }

    public ChartData {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series one : series) {
            if (one.values().size() != categories.size()) {
                throw new IllegalArgumentException("Series " + one.name() + " needs one value per category");
            }
        }
        Objects.requireNonNull(kind);
    }

    /** True when every value is zero or there is no category: the chart says "nothing to show" instead of axes. */
    public boolean isEmpty() {
        return categories.isEmpty() || series.stream().allMatch(s -> s.values().stream().allMatch(v -> v == 0));
    }
}
