package app.ponte.sla.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.UiTest;
import app.ponte.base.TranslationProvider;
import app.ponte.organisation.DemoFixtures;
import app.ponte.organisation.OrganisationSummary;
import app.ponte.request.SlaTarget;
import app.ponte.sla.Attainment;
import app.ponte.sla.ClockFixtures;
import com.vaadin.flow.component.UI;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The SLA attainment page: a client reads its own organisation's figures and is offered no other; the team picks
 * an organisation and a month; the breaches come as a grid (cards on a phone) and as a CSV safe to open.
 */
class AttainmentViewTest extends UiTest {

    @Autowired
    ClockFixtures fixtures;
    @Autowired
    DemoFixtures demo;
    @Autowired
    app.ponte.TestClock clock;

    @Test
    void a_client_sees_its_own_figures_and_no_organisation_picker() {
        long aurora = demo.organisationId("Aurora Commerce");
        long met = fixtures.file("leo@aurora.test", "Coupon stacking rules");
        long missed = fixtures.file("leo@aurora.test", "Gift card balance API");
        fixtures.clock(met, aurora, "Coupon stacking rules")
                .firstResponse(Instant.parse("2025-06-03T15:00:00Z"), Instant.parse("2025-06-03T14:00:00Z")).save();
        fixtures.clock(missed, aurora, "Gift card balance API")
                .firstResponse(Instant.parse("2025-06-04T15:00:00Z"), null).save();
        signInAs("ana@aurora.test");
        UI.getCurrent().setLocale(Locale.US);

        AttainmentView view = navigate(AttainmentView.class);
        view.month.setValue(YearMonth.of(2025, 6));

        assertThat(view.organisation.isVisible()).isFalse();
        assertThat(view.organisation.getValue().name()).isEqualTo("Aurora Commerce");
        assertThat(view.firstResponse.getText()).isEqualTo("First response within target: 50% (1 of 2)");
        assertThat(view.resolution.getText()).isEqualTo("Resolution: nothing measured this month");
        assertThat(view.counting.getText()).contains("America/New_York");
        assertThat(test(view.breaches).size()).isEqualTo(1);
        assertThat(test(view.breaches).getCellText(0, 0)).isEqualTo("#" + missed + " Gift card balance API");
        assertThat(view.month.getListDataView().getItems().findFirst()).as("the running month, in New York")
                .contains(YearMonth.from(clock.instant().atZone(java.time.ZoneId.of("America/New_York"))));

        UI.getCurrent().setLocale(TranslationProvider.BRAZILIAN_PORTUGUESE);
        AttainmentView inPortuguese = navigate(AttainmentView.class);
        inPortuguese.month.setValue(YearMonth.of(2025, 6));
        assertThat(test(inPortuguese.breaches).getCellText(0, 0)).as("a request number as Brazilians write it")
                .isEqualTo("nº " + missed + " Gift card balance API");
    }

    @Test
    void the_team_picks_an_organisation_and_a_month() {
        long meridian = demo.organisationId("Meridian Bank");
        long request = fixtures.file("rita@meridian.test", "PSD2 consent expiry");
        fixtures.clock(request, meridian, "PSD2 consent expiry")
                .firstResponse(Instant.parse("2025-07-01T12:00:00Z"), null)
                .breach(SlaTarget.FIRST_RESPONSE, Instant.parse("2025-07-01T12:00:00Z"),
                        Instant.parse("2025-07-01T12:02:00Z"), "paused=PT1H30M").save();
        signInAs("lead@ponte.test");
        UI.getCurrent().setLocale(Locale.UK);

        AttainmentView view = navigate(AttainmentView.class);
        OrganisationSummary choice = view.organisation.getListDataView().getItems()
                .filter(o -> o.id() == meridian).findFirst().orElseThrow();
        view.organisation.setValue(choice);
        view.month.setValue(YearMonth.of(2025, 7));

        assertThat(view.organisation.isVisible()).isTrue();
        assertThat(view.shown().organisationName()).isEqualTo("Meridian Bank");
        assertThat(view.firstResponse.getText()).isEqualTo("First response within target: 0% (0 of 1)");
        assertThat(test(view.breaches).getCellText(0, 4)).isEqualTo("paused for 1 h 30 min");
        assertThat(test(view.breaches).getCellText(0, 3)).isEqualTo("Not met yet");

        view.narrow(true);
        assertThat(view.breaches.getColumns()).filteredOn(c -> c.isVisible()).containsExactly(view.card);
        view.narrow(false);
        assertThat(view.card.isVisible()).isFalse();
    }

    @Test
    void the_csv_lists_the_shares_and_the_breaches_and_neutralises_a_title_a_spreadsheet_would_run() throws IOException {
        long aurora = demo.organisationId("Aurora Commerce");
        long request = fixtures.file("leo@aurora.test", "=HYPERLINK(\"http://evil.test\") refunds");
        fixtures.clock(request, aurora, "=HYPERLINK(\"http://evil.test\") refunds")
                .firstResponse(Instant.parse("2025-08-05T15:00:00Z"), null)
                .breach(SlaTarget.FIRST_RESPONSE, Instant.parse("2025-08-05T15:00:00Z"),
                        Instant.parse("2025-08-05T15:03:00Z"), "priority=LOW>URGENT").save();
        signInAs("ana@aurora.test");
        UI.getCurrent().setLocale(Locale.US);
        AttainmentView view = navigate(AttainmentView.class);
        view.month.setValue(YearMonth.of(2025, 8));

        var out = new ByteArrayOutputStream();
        view.writeCsv(out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF");
        List<CSVRecord> records = CSVFormat.EXCEL.parse(new StringReader(csv.substring(1))).getRecords();

        assertThat(records.getFirst().toList()).containsExactly("Organisation", "Month", "Target", "Measured",
                "Within target", "Share");
        assertThat(records.get(1).toList()).containsExactly("Aurora Commerce", "August 2025", "First response", "1",
                "0", "0%");
        CSVRecord breach = records.stream().filter(r -> r.get(0).equals(String.valueOf(request))).findFirst()
                .orElseThrow();
        assertThat(breach.get(1)).isEqualTo("'=HYPERLINK(\"http://evil.test\") refunds");
        assertThat(breach.get(2)).isEqualTo("First response");
        assertThat(breach.get(5)).isEqualTo("priority changed from P4 (Low) to P1 (Urgent)");
    }

    @Test
    void a_breach_recorded_days_later_is_listed_and_exported_at_the_moment_it_was_missed() throws IOException {
        long meridian = demo.organisationId("Meridian Bank");
        long request = fixtures.file("rita@meridian.test", "SWIFT MT940 layout");
        // Missed on Tuesday 2 September 2025 at 12:00 UTC (13:00 in Lisbon); recorded on the 9th, answered the 5th.
        fixtures.clock(request, meridian, "SWIFT MT940 layout")
                .firstResponse(Instant.parse("2025-09-02T12:00:00Z"), Instant.parse("2025-09-05T10:00:00Z"))
                .breach(SlaTarget.FIRST_RESPONSE, Instant.parse("2025-09-02T12:00:00Z"),
                        Instant.parse("2025-09-09T08:00:00Z"), null).save();
        signInAs("rita@meridian.test");
        UI.getCurrent().setLocale(Locale.US);
        AttainmentView view = navigate(AttainmentView.class);
        view.month.setValue(YearMonth.of(2025, 9));

        int row = view.shown().breaches().stream().map(Attainment.Breach::requestId).toList().indexOf(request);
        assertThat(test(view.breaches).getCellText(row, 2)).startsWith("Tue 9/2/25");
        assertThat(test(view.breaches).getCellText(row, 3)).startsWith("Fri 9/5/25");
        var out = new ByteArrayOutputStream();
        view.writeCsv(out);
        List<CSVRecord> records = CSVFormat.EXCEL.parse(new StringReader(out.toString(StandardCharsets.UTF_8)
                .substring(1))).getRecords();
        assertThat(records.stream().filter(r -> r.size() == 6 && r.get(0).equals("Request")).findFirst())
                .hasValueSatisfying(header -> assertThat(header.toList()).containsExactly("Request", "Title",
                        "Target", "Breached at", "Met at", "Cause"));
        CSVRecord breach = records.stream().filter(r -> r.get(0).equals(String.valueOf(request))).findFirst()
                .orElseThrow();
        assertThat(breach.get(3)).startsWith("Tue 9/2/25").doesNotContain("9/9/25");
    }
}
