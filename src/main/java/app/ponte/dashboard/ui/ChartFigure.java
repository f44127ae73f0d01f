package app.ponte.dashboard.ui;

import app.ponte.dashboard.ChartData;
import app.ponte.dashboard.DashboardCharts;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The drawn chart as an image from a data URL (never SVG markup in the page: a chart's words stay inside the image,
 * as on the report page), with a real link laid over every bar that leads to a list. The links are placed in
 * percentages of the chart's size, so they follow the image when it scales down to a phone's width; they are
 * ordinary anchors, reached with the keyboard and named for screen readers.
 */
final class ChartFigure extends Div {

    private final List<Anchor> links = new ArrayList<>();

    ChartFigure(DashboardCharts.DrawnChart drawn, ChartData data, NumberFormat numbers, String summaryId,
            ChartCard.LinkLabel label) {
        addClassName("chart-figure");
        Image image = new Image("data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(drawn.svg().getBytes(StandardCharsets.UTF_8)), data.title());
        image.addClassName("chart-image");
        image.getElement().setAttribute("aria-describedby", summaryId);
        image.getElement().setAttribute("width", Integer.toString(drawn.width()));
        image.getElement().setAttribute("height", Integer.toString(drawn.height()));
        add(image);
        for (DashboardCharts.ValueArea area : drawn.areas()) {
            ChartData.Series series = data.series().get(area.series());
            String href = series.links().get(area.category());
            if (href == null) {
                continue;
            }
            Anchor link = new Anchor();
            link.setHref(href);
            link.addClassName("chart-bar-link");
            link.setAriaLabel(label.of(area.series(), area.category(),
                    numbers.format(series.values().get(area.category()))));
            link.getStyle().set("left", percent(area.left())).set("top", percent(area.top()))
                    .set("width", percent(area.width())).set("height", percent(area.height()));
            links.add(link);
            add(link);
        }
    }

    List<Anchor> links() {
        return List.copyOf(links);
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.2f%%", value);
    }
}
