package app.ponte.demo;

import app.ponte.request.Conversation;
import app.ponte.request.RequestStatus;
import app.ponte.request.RequestWorkflow;
import app.ponte.sla.SlaClocks;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SLA clocks' stories, after the demo requests are filed on their organisations' plans (the plans are assigned
 * before, so their clocks started at filing):
 * <ul>
 * <li>Meridian's encryption question was filed last Friday at 17:30 Lisbon time: with 4 business hours on Lisbon
 * hours its first response is due on Monday at 12:30 Lisbon (Tuesday when that Monday is a holiday);</li>
 * <li>Finance's critical invoicing bug was filed five days ago at 10:00 São Paulo time and nobody answered until
 * today's triage: its first response (1 business hour) is breached, and the breach was escalated to the lead (the
 * escalation policy's lead, chosen by {@link DemoOnCall#rota} before);</li>
 * <li>Sales' question waits for Sales: the lead asked which days the quarter close takes, so its clock is paused.</li>
 * </ul>
 * Back-dating: the only past the engine cannot be told through the services is when a request was filed. The demo
 * rewrites that instant with SQL (the request's filing and first history row, the clock's start) and asks the
 * engine to compute the clock again from its stored history ({@link SlaClocks#restartFromHistory}, a method for
 * services only), which records what was met late as a breach and escalates it exactly as it would have live.
 * Everything after the filing happened through the services, now.
 */
@Component
@ConditionalOnProperty(name = "ponte.demo.enabled", havingValue = "true")
class DemoClocks {

    private static final Logger log = LoggerFactory.getLogger(DemoClocks.class);
    private static final String TEAM_LEAD = "lead@ponte.test";
    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");

    private final DemoActors actors;
    private final SlaClocks clocks;
    private final Conversation conversations;
    private final RequestWorkflow workflow;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoClocks(DemoActors actors, SlaClocks clocks, Conversation conversations, RequestWorkflow workflow,
            JdbcTemplate jdbc, Clock clock) {
        this.actors = actors;
        this.clocks = clocks;
        this.conversations = conversations;
        this.workflow = workflow;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Runs as the system administrator (the demo loader's caller), after {@link DemoRequests#load}. */
    void load(DemoRequests.Filed filed) {
        LocalDate today = LocalDate.now(clock.withZone(LISBON));
        LocalDate lastFriday = today.with(TemporalAdjusters.previous(DayOfWeek.FRIDAY));
        fileEarlier(filed.encryptionQuestion(), ZonedDateTime.of(lastFriday, LocalTime.of(17, 30), LISBON));

        LocalDate fiveDaysAgo = LocalDate.now(clock.withZone(SAO_PAULO)).minusDays(5);
        fileEarlier(filed.invoicing(), ZonedDateTime.of(fiveDaysAgo, LocalTime.of(10, 0), SAO_PAULO));

        actors.as(TEAM_LEAD, () -> {
            long question = filed.salesQuestion();
            conversations.comment(question, "Quais dias exatamente o fechamento do trimestre ocupa? Com as datas "
                    + "podemos declarar uma janela de congelamento no relatório em tempo real.", false);
            workflow.move(question, RequestStatus.WAITING_FOR_REQUESTER, "Aguardando as datas do fechamento.",
                    actors.version(question));
            return null;
        });
    }

    /** The request was filed at {@code filedAt}: its record, its first history row, its clock's start. */
    private void fileEarlier(long requestId, ZonedDateTime filedAt) {
        Instant at = filedAt.toInstant();
        jdbc.update("update requests set created_at = ? where id = ?", java.sql.Timestamp.from(at), requestId);
        jdbc.update("update requests set status_changed_at = ? where id = ? and status = 'NEW'",
                java.sql.Timestamp.from(at), requestId);
        jdbc.update("update request_status_changes set changed_at = ? where request_id = ? and from_status is null",
                java.sql.Timestamp.from(at), requestId);
        jdbc.update("update sla_clocks set started_at = ? where request_id = ?", java.sql.Timestamp.from(at),
                requestId);
        if (!clocks.restartFromHistory(requestId)) {
            log.info("Demo request {} runs no SLA clock: its organisation is on no plan", requestId);
        }
    }
}
