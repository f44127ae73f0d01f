package app.ponte.dashboard.ui;

import app.ponte.base.ui.CsvCell;
import app.ponte.dashboard.ChartData;
import com.vaadin.flow.component.html.Anchor;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The data behind a chart as CSV (Apache Commons CSV, with a byte-order mark so that spreadsheets read the accents):
 * the same rows as the table, numbers written plainly (a spreadsheet reads them in any language), and every text
 * cell guarded against being run as a formula ({@link CsvCell}). Downloaded under the chart's title.
 */
final class ChartCsv {

    private ChartCsv() {
    }

    static Anchor download(ChartData data, String text) {
        // The data is immutable and in words already: the download needs nothing from the UI.
        return new Anchor(event -> {
            event.setFileName(fileName(data.title()));
            event.setContentType("text/csv");
            try (OutputStream out = event.getOutputStream()) {
                write(data, out);
            }
        }, text);
    }

    static void write(ChartData data, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        try (var csv = new CSVPrinter(writer, CSVFormat.EXCEL)) {
            List<String> header = new ArrayList<>();
            header.add(CsvCell.safe(data.categoryHeader()));
            data.series().forEach(series -> header.add(CsvCell.safe(series.name())));
            csv.printRecord(header);
            for (int c = 0; c < data.categories().size(); c++) {
                List<String> row = new ArrayList<>();
                row.add(CsvCell.safe(data.categories().get(c)));
                for (ChartData.Series series : data.series()) {
                    row.add(plain(series.values().get(c)));
                }
                csv.printRecord(row);
            }
        }
    }

    /** "12" for a count, "2.5" for a measure: no grouping, no exponent. */
    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** The title as a file name: characters no file system takes become dashes. */
    static String fileName(String title) {
        String name = title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-").strip();
        return (name.isEmpty() ? "chart" : name) + ".csv";
    }
}
