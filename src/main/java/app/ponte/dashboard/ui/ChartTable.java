package app.ponte.dashboard.ui;

import app.ponte.dashboard.ChartData;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.text.NumberFormat;

/**
 * The chart as a real table, the "show as table" alternative: its title as the caption, a header row (the
 * categories' name, then each series), one row per category with its values; a value that leads to a list is a
 * link to it, named like the bar's.
 */
final class ChartTable extends NativeTable {

    ChartTable(ChartData data, NumberFormat numbers, ChartCard.LinkLabel label) {
        addClassName("chart-table");
        setCaptionText(data.title());
        NativeTableRow header = getHead().addRow();
        scoped(header.addHeaderCell(), "col").setText(data.categoryHeader());
        data.series().forEach(series -> scoped(header.addHeaderCell(), "col").setText(series.name()));
        for (int c = 0; c < data.categories().size(); c++) {
            NativeTableRow row = getBody().addRow();
            scoped(row.addHeaderCell(), "row").setText(data.categories().get(c));
            for (int s = 0; s < data.series().size(); s++) {
                ChartData.Series series = data.series().get(s);
                String value = numbers.format(series.values().get(c));
                String href = series.links().get(c);
                NativeTableCell cell = row.addDataCell();
                cell.addClassName("chart-table-value");
                if (href == null) {
                    cell.setText(value);
                } else {
                    Anchor link = new Anchor(href, value);
                    link.setAriaLabel(label.of(s, c, value));
                    cell.add(link);
                }
            }
        }
    }

    private static NativeTableHeaderCell scoped(NativeTableHeaderCell cell, String scope) {
        cell.getElement().setAttribute("scope", scope);
        return cell;
    }
}
