package app.ponte.sla;

import static app.ponte.sla.ClockworkClient.ACCOUNT_MANAGER;
import static app.ponte.sla.ClockworkClient.TEAM;
import static app.ponte.sla.ClockworkClient.mondayAhead;
import static app.ponte.sla.ClockworkClient.setTo;
import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.H2Test;
import app.ponte.notification.NotificationCenter;
import app.ponte.notification.NotificationEvent;
import app.ponte.request.SlaTarget;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Limit;

/** The scan: what became at risk or breached is told once, to the right people, and only due clocks are read. */
@H2Test
class ClockScanTest extends ClockworkTest {

    static final String ASSIGNEE = "dev@ponte.test";

    @Autowired
    ClockScan scan;
    @Autowired
    NotificationCenter center;
    @Autowired
    SlaBreachRepository breaches;


    @Test
    void at_risk_tells_the_assignee_once() {
        setTo(clock, mondayAhead(10, 0));
        long id = question("Fraud alerts delayed?");
        as(TEAM, () -> workflow.triage(id, fixtures.personId(ASSIGNEE), app.ponte.request.Priority.NORMAL, reading.details(id).version()));
        setTo(clock, mondayAhead(13, 5));

        scan.scanOnce();
        scan.scanOnce();

        assertThat(told(ASSIGNEE, NotificationEvent.SLA_AT_RISK, id)).isEqualTo(1);
        assertThat(told(TEAM, NotificationEvent.SLA_AT_RISK, id)).as("not the leads: somebody is assigned").isZero();
        SupportClock checked = clocks.findByRequestId(id).orElseThrow();
        assertThat(checked.getAtRiskToldAt()).isNotNull();
        assertThat(checked.getNextCheckAt()).as("next: the due time").isEqualTo(checked.getFirstResponseDueAt());
        assertThat(breaches.findByClockIdOrderByIdAsc(checked.getId())).isEmpty();
    }

    @Test
    void at_risk_of_an_unassigned_request_tells_the_leads() {
        setTo(clock, mondayAhead(10, 0));
        long id = question("Statement PDFs blank?");
        setTo(clock, mondayAhead(13, 5));

        scan.scanOnce();

        assertThat(told(TEAM, NotificationEvent.SLA_AT_RISK, id)).isEqualTo(1);
    }

    @Test
    void a_breach_is_recorded_and_tells_the_leads_and_the_account_manager_once_even_when_scanned_twice() {
        setTo(clock, mondayAhead(10, 0));
        long id = question("IBAN validation too strict?");
        setTo(clock, mondayAhead(14, 5));

        scan.scanOnce();
        scan.scanOnce();

        SupportClock breached = clocks.findByRequestId(id).orElseThrow();
        assertThat(breaches.findByClockIdOrderByIdAsc(breached.getId())).singleElement().satisfies(breach -> {
            assertThat(breach.getTarget()).isEqualTo(SlaTarget.FIRST_RESPONSE);
            assertThat(breach.getMissedAt()).isEqualTo(breached.getFirstResponseDueAt());
            assertThat(breach.getCause()).as("nothing but the time running out").isNull();
        });
        assertThat(told(TEAM, NotificationEvent.SLA_BREACHED, id)).isEqualTo(1);
        assertThat(told(ACCOUNT_MANAGER, NotificationEvent.SLA_BREACHED, id)).isEqualTo(1);
        assertThat(told(TEAM, NotificationEvent.SLA_AT_RISK, id)).as("the breach says more than the risk").isZero();
        assertThat(breached.getBreachToldAt()).isNotNull();
        assertThat(breached.getNextCheckAt()).isNull();

        // Answered late afterwards: still the one breach, nobody told again.
        as(TEAM, () -> {
            conversations.comment(id, "Sorry for the wait: the rule follows ISO 13616.", false);
            return null;
        });
        assertThat(breaches.findByClockIdOrderByIdAsc(breached.getId())).hasSize(1);
        assertThat(told(TEAM, NotificationEvent.SLA_BREACHED, id)).isEqualTo(1);
    }

    @Test
    void only_clocks_whose_check_has_come_are_read_and_the_others_are_left_alone() {
        setTo(clock, mondayAhead(10, 0));
        long early = question("Card limits per day?");
        setTo(clock, mondayAhead(12, 0));
        long later = question("Card limits per month?");
        setTo(clock, mondayAhead(13, 5));
        Instant now = clock.instant();
        SupportClock waiting = clocks.findByRequestId(later).orElseThrow();

        var due = transactions.execute(status -> clocks.findDue(now, Instant.EPOCH, 0, Limit.of(10_000)));
        scan.scanOnce();

        assertThat(due).extracting(DueClock::id).contains(clocks.findByRequestId(early).orElseThrow().getId())
                .doesNotContain(waiting.getId());
        assertThat(due).allSatisfy(clock -> assertThat(clock.nextCheckAt()).isBeforeOrEqualTo(now));
        SupportClock untouched = clocks.findByRequestId(later).orElseThrow();
        assertThat(untouched.getAtRiskToldAt()).isNull();
        assertThat(untouched.getVersion()).isEqualTo(waiting.getVersion());
        assertThat(told(TEAM, NotificationEvent.SLA_AT_RISK, later)).isZero();
        assertThat(told(TEAM, NotificationEvent.SLA_AT_RISK, early)).isEqualTo(1);
    }

    private long told(String email, NotificationEvent event, long requestId) {
        return as(email, () -> center.latest(200)).stream()
                .filter(line -> line.messageKey().equals(event.messageKey()))
                .filter(line -> line.link().equals("requests/" + requestId)).count();
    }
}
