package app.ponte.roadmap.ui;

import static app.ponte.roadmap.SharedInitiatives.AURORA;
import static app.ponte.roadmap.SharedInitiatives.MERIDIAN_REASON;
import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.TestClock;
import app.ponte.UiTest;
import app.ponte.roadmap.SharedInitiatives;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A client reading an initiative it shares with another client: list, timeline, CSV and PDF hold only its part. */
class SharedInitiativeViewsTest extends UiTest {

    @Autowired
    SharedInitiatives shared;
    @Autowired
    TestClock clock;

    @Test
    void a_client_reads_neither_the_other_clients_milestone_nor_its_reason_in_the_list_the_timeline_or_the_exports()
            throws IOException {
        shared.create("Shared returns portal", false);
        signInAs(AURORA);
        RoadmapView view = navigate(RoadmapView.class);
        while (view.more.isVisible()) {
            test(view.more).click();
        }

        String list = RoadmapViewsTest.text(view.list);
        assertThat(list).contains("Shared returns portal", "Aurora pick lists");
        assertThat(list).doesNotContain("Meridian ledger sync", MERIDIAN_REASON);
        test(view.views.timeline).click();
        assertThat(RoadmapViewsTest.text(view.timeline)).contains("Aurora pick lists")
                .doesNotContain("Meridian ledger sync");

        var csv = new ByteArrayOutputStream();
        new RoadmapCsv(view, Locale.ENGLISH).write(view.export.initiatives(), csv);
        assertThat(csv.toString(StandardCharsets.UTF_8)).contains("Aurora pick lists")
                .doesNotContain("Meridian ledger sync", "Meridian's ledger fed nightly");
        var pdf = new ByteArrayOutputStream();
        new RoadmapPdf(view, Locale.ENGLISH).write(view.export.initiatives(), clock.today(), "now", pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Aurora pick lists")
                    .doesNotContain("Meridian ledger sync", "Meridian's ledger");
        }
    }
}
