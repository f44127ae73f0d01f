package app.ponte.roadmap.ui;

import app.ponte.base.ui.CsvCell;
import app.ponte.base.ui.Days;
import app.ponte.roadmap.InitiativeOverview;
import app.ponte.roadmap.InitiativeOverview.MilestoneOverview;
import com.vaadin.flow.component.Component;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * The roadmap as CSV (Apache Commons CSV): one line per milestone (one for an initiative without any), headers,
 * statuses and days in the viewer's language; a byte-order mark so that spreadsheets read the accents right.
 */
final class RoadmapCsv {

    static final List<String> COLUMNS = List.of("initiative", "initiative-status", "confidence", "public", "ends-on",
            "milestone", "delivers", "milestone-status", "committed-on", "delivered-on");

    private final Component translator;
    private final Locale locale;

    RoadmapCsv(Component translator, Locale locale) {
        this.translator = translator;
        this.locale = locale;
    }

    void write(List<InitiativeOverview> initiatives, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        try (var csv = new CSVPrinter(writer, CSVFormat.EXCEL)) {
            csv.printRecord(COLUMNS.stream().map(column -> t("roadmap.column." + column)).toList());
            for (InitiativeOverview initiative : initiatives) {
                List<Object> about = List.of(CsvCell.safe(initiative.title()), t(initiative.status().labelKey()),
                        t(initiative.confidence().labelKey()), t(initiative.publicItem() ? "roadmap.yes" : "roadmap.no"),
                        day(initiative.endsOn()));
                if (initiative.milestones().isEmpty()) {
                    csv.printRecord(line(about, List.of("", "", "", "", "")));
                }
                for (MilestoneOverview milestone : initiative.milestones()) {
                    csv.printRecord(line(about, List.of(CsvCell.safe(milestone.title()),
                            CsvCell.safe(milestone.delivers()), t(milestone.status().labelKey()),
                            day(milestone.committedOn()), day(milestone.deliveredOn()))));
                }
            }
        }
    }

    private static List<Object> line(List<Object> initiative, List<Object> milestone) {
        List<Object> cells = new ArrayList<>(initiative);
        cells.addAll(milestone);
        return cells;
    }

    private String day(@Nullable LocalDate day) {
        return day == null ? "" : Days.format(day, locale);
    }

    private String t(String key) {
        return translator.getTranslation(key);
    }
}
