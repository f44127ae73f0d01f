package app.ponte.sla.ui;

import app.ponte.base.ui.CsvCell;
import app.ponte.base.ui.LocalisedFormats;
import app.ponte.sla.Attainment;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A month's attainment as CSV (Apache Commons CSV), in the viewer's language and zone: first the two shares, then,
 * after an empty line, one line per target missed. A byte-order mark lets spreadsheets read the accents; a text
 * that a spreadsheet would run as a formula (a title starting with "=") is neutralised ({@link CsvCell}).
 */
final class AttainmentCsv {

    private final SlaTexts texts;
    private final Locale locale;

    AttainmentCsv(SlaTexts texts, Locale locale) {
        this.texts = texts;
        this.locale = locale;
    }

    void write(Attainment attainment, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        try (var csv = new CSVPrinter(writer, CSVFormat.EXCEL)) {
            String organisation = CsvCell.safe(attainment.organisationName());
            String month = LocalisedFormats.month(attainment.month(), locale);
            csv.printRecord(columns("organisation", "month", "target", "measured", "within", "share"));
            share(csv, organisation, month, "sla.target.FIRST_RESPONSE", attainment.firstResponse());
            share(csv, organisation, month, "sla.target.RESOLUTION", attainment.resolution());
            csv.println();
            csv.printRecord(columns("request", "title", "target", "breached", "met", "cause"));
            for (Attainment.Breach breach : attainment.breaches()) {
                csv.printRecord(breach.requestId(), CsvCell.safe(breach.title()), texts.t(breach.target().labelKey()),
                        texts.moment(breach.missedAt()),
                        breach.metAt() == null ? "" : texts.moment(breach.metAt()),
                        CsvCell.safe(texts.cause(breach.cause())));
            }
        }
    }

    private void share(CSVPrinter csv, String organisation, String month, String targetKey, Attainment.Share share)
            throws IOException {
        Double ratio = share.ratio();
        csv.printRecord(organisation, month, texts.t(targetKey), share.measured(), share.withinTarget(),
                ratio == null ? "" : LocalisedFormats.percent(ratio, locale));
    }

    private List<String> columns(String... names) {
        return List.of(names).stream().map(name -> texts.t("sla.attainment.column." + name)).toList();
    }
}
