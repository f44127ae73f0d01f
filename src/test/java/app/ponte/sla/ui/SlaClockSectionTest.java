package app.ponte.sla.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.UiTest;
import app.ponte.base.TranslationProvider;
import app.ponte.organisation.DemoFixtures;
import app.ponte.request.Priority;
import app.ponte.request.SlaTarget;
import app.ponte.sla.ClockFixtures;
import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The request page's SLA section: where the clock stands, in the viewer's zone and language; the history for the
 * team only; nothing for a request that runs no clock.
 */
class SlaClockSectionTest extends UiTest {

    @Autowired
    ClockFixtures fixtures;
    @Autowired
    DemoFixtures demo;

    @Test
    void a_sao_paulo_viewer_reads_a_lisbon_due_time_in_sao_paulo_time_and_in_portuguese() {
        long marketing = demo.organisationId("Marketing");
        long request = fixtures.file("marketing@ponte.test", "Campaign tracking question");
        // Filed Friday 8 January 2027 at 17:30 in Lisbon (UTC in winter): due Monday 11 January at 12:30 Lisbon,
        // which is 09:30 in São Paulo.
        fixtures.clock(request, marketing, "Campaign tracking question")
                .started(Instant.parse("2027-01-08T17:30:00Z"))
                .firstResponse(Instant.parse("2027-01-11T12:30:00Z"), null)
                .resolution(Instant.parse("2027-01-15T12:30:00Z"), null).save();

        ClockPanel panel = open("marketing@ponte.test", request, TranslationProvider.BRAZILIAN_PORTUGUESE);

        String first = panel.targets.getFirst().getElement().getTextRecursively();
        assertThat(first).contains("Primeira resposta vence em", "seg.", "11/01/2027", "09:30", "No prazo",
                "de 4 h de tempo útil usados").doesNotContain("12:30");
        assertThat(panel.plan.getText()).isEqualTo(ClockFixtures.PLAN + " · P3 (Normal)");
        assertThat(panel.targets).hasSize(2);
    }

    @Test
    void the_team_reads_the_history_and_the_breaches_with_their_causes_translated() {
        long aurora = demo.organisationId("Aurora Commerce");
        long lead = demo.accountId("lead@ponte.test");
        long request = fixtures.file("leo@aurora.test", "Checkout latency");
        fixtures.clock(request, aurora, "Checkout latency")
                .started(Instant.parse("2025-03-03T10:00:00Z"))
                .firstResponse(Instant.parse("2025-03-03T14:00:00Z"), null)
                .change("STARTED", Instant.parse("2025-03-03T10:00:00Z"), null)
                .change("PRIORITY_CHANGED", Instant.parse("2025-03-03T11:00:00Z"), lead)
                .breach(SlaTarget.FIRST_RESPONSE, Instant.parse("2025-03-03T14:00:00Z"),
                        Instant.parse("2025-03-03T14:01:00Z"), "paused=PT3H;priority=NORMAL>URGENT").save();

        ClockPanel panel = open("lead@ponte.test", request, TranslationProvider.BRAZILIAN_PORTUGUESE);

        assertThat(panel.targets.getFirst().getElement().getTextRecursively())
                .contains("Descumprido", "Primeira resposta vencia em", "atrasada em");
        assertThat(panel.history.getElement().getTextRecursively())
                .contains("Relógio iniciado", "automático", "Prioridade alterada", "por Lucas Lead");
        assertThat(panel.breaches.getElement().getTextRecursively())
                .contains("pausado por 3 h", "prioridade alterada de P3 (Normal) para P1 (Urgente)");
    }

    @Test
    void a_breach_noticed_days_later_is_shown_at_the_moment_it_was_missed() {
        long aurora = demo.organisationId("Aurora Commerce");
        long request = fixtures.file("leo@aurora.test", "Invoice PDFs blank");
        // Missed on Monday 3 March at 14:00 UTC; recorded only on Friday 7 March (history brought over then).
        fixtures.clock(request, aurora, "Invoice PDFs blank")
                .started(Instant.parse("2025-03-03T10:00:00Z"))
                .firstResponse(Instant.parse("2025-03-03T14:00:00Z"), Instant.parse("2025-03-07T09:00:00Z"))
                .breach(SlaTarget.FIRST_RESPONSE, Instant.parse("2025-03-03T14:00:00Z"),
                        Instant.parse("2025-03-07T09:15:00Z"), null).save();

        ClockPanel panel = open("lead@ponte.test", request, Locale.US);

        assertThat(panel.breaches.getElement().getTextRecursively())
                .contains("First response breached Mon 3/3/25")
                .doesNotContain("3/7/25", "Fri");
    }

    @Test
    void a_first_response_met_before_a_re_prioritisation_says_the_priority_it_was_counted_at() {
        long aurora = demo.organisationId("Aurora Commerce");
        long request = fixtures.file("leo@aurora.test", "Webhook retries");
        fixtures.clock(request, aurora, "Webhook retries").priority(Priority.URGENT)
                .started(Instant.parse("2025-03-03T10:00:00Z"))
                .firstResponse(Instant.parse("2025-03-03T14:00:00Z"), Instant.parse("2025-03-03T11:00:00Z"))
                .resolution(Instant.parse("2030-03-03T14:00:00Z"), null)
                .change("STARTED", Instant.parse("2025-03-03T10:00:00Z"), null, Priority.NORMAL)
                .change("RESPONDED", Instant.parse("2025-03-03T11:00:00Z"), null, Priority.NORMAL)
                .change("PRIORITY_CHANGED", Instant.parse("2025-03-03T12:00:00Z"), null).save();

        ClockPanel panel = open("lead@ponte.test", request, Locale.US);

        assertThat(panel.plan.getText()).endsWith("P1 (Urgent)");
        assertThat(panel.targets.getFirst().getElement().getTextRecursively())
                .contains("at priority P3 (Normal)");
        assertThat(panel.targets.getLast().getElement().getTextRecursively())
                .as("the open resolution runs on the current priority").doesNotContain("at priority");
    }

    @Test
    void a_client_reads_where_its_clock_stands_and_no_history_and_a_paused_clock_says_it_waits_for_it() {
        long aurora = demo.organisationId("Aurora Commerce");
        long request = fixtures.file("leo@aurora.test", "Refund status codes");
        fixtures.clock(request, aurora, "Refund status codes")
                .firstResponse(Instant.parse("2030-03-04T14:00:00Z"), null)
                .pausedSince(Instant.parse("2025-03-07T20:30:00Z"))
                .change("STARTED", Instant.parse("2025-03-03T10:00:00Z"), null).save();

        ClockPanel panel = open("leo@aurora.test", request, Locale.US);

        assertThat(panel.paused.getElement().getTextRecursively())
                .contains("Paused", "Paused since Fri", "waiting for your answer");
        assertThat(panel.targets.getFirst().getElement().getTextRecursively()).contains("Paused");
        assertThat(find(ClockPanel.class).all().getFirst().getElement().getTextRecursively())
                .doesNotContain("Clock history", "Breaches");
    }

    @Test
    void a_request_without_a_clock_shows_no_sla_section() {
        long request = fixtures.fileIdea("leo@aurora.test", "An idea runs on no SLA clock");
        signInAs("leo@aurora.test");

        UI.getCurrent().navigate("requests/" + request);

        assertThat(find(ClockPanel.class).all()).isEmpty();
    }

    private ClockPanel open(String email, long request, Locale locale) {
        signInAs(email);
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().navigate("requests/" + request);
        return find(ClockPanel.class).single();
    }
}
