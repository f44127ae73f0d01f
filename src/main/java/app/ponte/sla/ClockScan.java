package app.ponte.sla;

import app.ponte.request.SlaTarget;
import app.ponte.request.SupportDeadline;
import app.ponte.security.SystemAuthentication;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every minute, once across all nodes (ShedLock's {@code sla-clock-scan} row), finds what became at risk or
 * breached: it reads only the clocks whose {@code next_check_at} has come (an index), a page at a time, and handles
 * each in a short transaction of its own, the clock's row locked. At risk: the assignee is told (the leads when
 * nobody is assigned); breached: the breach is recorded with its cause and the leads and the account manager are
 * told. Then the clock's told mark and next check are saved.
 *
 * <p>Exactly once: the told mark, the breach row and the in-app notifications commit in the same transaction, so
 * after a crash either all of them exist (the clock's next check has moved on: nothing is told again) or none (the
 * next scan tells it, once). E-mails are written after that commit by the notification centre; the unique key on
 * breaches and the row lock keep a second node or a request change from recording or telling a breach twice.
 */
@Component
class ClockScan {

    /** Clocks read per page: a few hundred keeps each query short and memory flat. */
    static final int PAGE = 200;

    private static final Logger log = LoggerFactory.getLogger(ClockScan.class);

    private final SupportClockRepository clocks;
    private final ClockRecords records;
    private final Escalation escalation;
    private final ClockRecomputations recomputations;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final boolean enabled;

    ClockScan(SupportClockRepository clocks, ClockRecords records, Escalation escalation,
            ClockRecomputations recomputations, TransactionTemplate transactions, Clock clock,
            @Value("${ponte.sla.scan.enabled:true}") boolean enabled) {
        this.clocks = clocks;
        this.records = records;
        this.escalation = escalation;
        this.recomputations = recomputations;
        this.transactions = transactions;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Scheduled(fixedDelayString = "${ponte.sla.scan.interval:PT1M}", initialDelayString = "PT30S")
    @SchedulerLock(name = "sla-clock-scan", lockAtMostFor = "PT10M", lockAtLeastFor = "PT10S")
    void scheduledRun() {
        if (enabled) {
            // what a crash left marked after a plan or calendar change
            SystemAuthentication.runAsAdmin(recomputations::drain);
            scanOnce();
        }
    }

    /** One scan as of now; the number of clocks looked at. */
    int scanOnce() {
        Instant now = clock.instant();
        return SystemAuthentication.runAsAdmin(() -> {
            int looked = 0;
            Instant afterAt = Instant.EPOCH;
            long afterId = 0;
            while (true) {
                Instant fromAt = afterAt;
                long fromId = afterId;
                List<DueClock> page = transactions.execute(status -> clocks.findDue(now, fromAt, fromId,
                        Limit.of(PAGE)));
                if (page == null || page.isEmpty()) {
                    return looked;
                }
                for (DueClock due : page) {
                    try {
                        transactions.executeWithoutResult(status -> check(due.id(), now));
                        looked++;
                    } catch (RuntimeException e) {
                        // Left as it was: the next scan tries again; the others go on.
                        log.warn("SLA clock {} not checked, tried again next scan", due.id(), e);
                    }
                }
                DueClock last = page.getLast();
                afterAt = last.nextCheckAt();
                afterId = last.id();
                if (page.size() < PAGE) {
                    return looked;
                }
            }
        });
    }

    private void check(long clockId, Instant now) {
        clocks.lockById(clockId).ifPresent(found -> {
            if (found.getNextCheckAt() == null || found.getNextCheckAt().isAfter(now)) {
                return; // a request change moved it meanwhile
            }
            SlaTarget target = found.currentTarget();
            SupportDeadline deadline = found.deadline();
            if (target != null && !deadline.paused() && deadline.dueAt() != null) {
                if (found.getBreachToldAt() == null && !now.isBefore(deadline.dueAt())) {
                    records.breached(found, target, deadline.dueAt(), now);
                    found.toldBreach(now);
                    if (found.getAtRiskToldAt() == null) {
                        found.toldAtRisk(now); // the breach says more; "at risk" afterwards would say less
                    }
                } else if (found.getAtRiskToldAt() == null && deadline.atRiskAt() != null
                        && !now.isBefore(deadline.atRiskAt())) {
                    escalation.atRisk(found, target);
                    found.toldAtRisk(now);
                }
            }
            records.checked(found);
        });
    }
}
