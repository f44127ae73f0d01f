package app.ponte.request.ui;

import app.ponte.base.ui.CsvCell;
import app.ponte.base.ui.ViewerTime;
import app.ponte.request.RequestSummary;
import app.ponte.request.SupportDeadline;
import com.vaadin.flow.component.Component;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A request list as CSV (Apache Commons CSV), in the viewer's language and time zone, with a byte-order
 * mark so that spreadsheet programs read the accents right. Cells that a spreadsheet would take for a
 * formula are prefixed with an apostrophe (CSV injection). Support requests add their next SLA deadline: which
 * target, when it is due and how it stands.
 */
final class RequestCsv {

    private final Component translator;
    private final Locale locale;
    private final ViewerTime viewerTime;

    RequestCsv(Component translator, Locale locale, ViewerTime viewerTime) {
        this.translator = translator;
        this.locale = locale;
        this.viewerTime = viewerTime;
    }

    void write(Supplier<List<RequestSummary>> rows, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        try (var csv = new CSVPrinter(writer, CSVFormat.EXCEL)) {
            csv.printRecord(List.of("id", "title", "kind", "status", "organisation", "requester", "assignee",
                    "priority", "created", "next-breach", "sla-due", "sla-standing").stream()
                    .map(column -> t("requests.column." + column)).toList());
            Instant now = viewerTime.clock().instant();
            for (RequestSummary row : rows.get()) {
                SupportDeadline deadline = row.deadline();
                // A paused clock's due time is not known until it resumes: the standing says "Paused" instead.
                boolean running = deadline.standingAt(now) != SupportDeadline.Standing.NONE && !deadline.paused();
                csv.printRecord(row.id(), CsvCell.safe(row.title()), t(row.kind().labelKey()), t(row.status().labelKey()),
                        CsvCell.safe(row.organisationName()), CsvCell.safe(row.requesterName()), CsvCell.safe(row.assigneeName()),
                        row.priority() == null ? "" : t(row.priority().labelKey()),
                        viewerTime.format(row.createdAt(), locale), SlaLabel.target(translator, deadline),
                        running ? viewerTime.format(deadline.dueAt(), locale) : "",
                        SlaLabel.standing(translator, deadline, now));
            }
        }
    }

    private String t(String key) {
        return translator.getTranslation(key);
    }
}
