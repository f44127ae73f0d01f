package app.ponte.dashboard.ui;

import app.ponte.dashboard.ChartData;
import com.vaadin.flow.component.html.Paragraph;

/**
 * A dashboard chart: the chart drawn on the server as SVG in the viewer's language (each bar a link to the list it
 * counts), its title, a text summary for screen readers, a "show as table" alternative and the data as CSV. Built
 * from one {@link ChartData}, so that the four always agree.
 */
public class ChartCard extends DashboardCard {

    private final ChartData data;

    public ChartCard(String id, ChartData data) {
        super(id, data.title());
        this.data = data;
        addClassName("chart-card");
        with(new Paragraph(data.summary() == null ? "" : data.summary())); // TRANSITIONAL: slice "charts"
    }

    /** The data drawn, for the block's tests. */
    public ChartData data() {
        return data;
    }
}
