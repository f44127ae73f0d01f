package app.ponte.oncall;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every minute, on one node at a time: pages the next step of each paging nobody acknowledged within its step's
 * minutes, one transaction per paging (its new pages and the step reached are committed before they are
 * delivered), then delivers any page a crash left undelivered.
 */
@Component
class RepageJob {

    private static final int BATCH = 100;
    /** Pages younger than this are being delivered by the listener of their own commit. */
    private static final Duration DELIVERY_GRACE = Duration.ofMinutes(1);

    private final PagingRepository pagings;
    private final Pager pager;
    private final PageDelivery delivery;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RepageJob(PagingRepository pagings, Pager pager, PageDelivery delivery, TransactionTemplate transactions,
            Clock clock) {
        this.pagings = pagings;
        this.pager = pager;
        this.delivery = delivery;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "${ponte.oncall.repage-cron:30 * * * * *}", zone = "UTC")
    @SchedulerLock(name = "on-call-repage", lockAtMostFor = "PT5M")
    void scheduledRun() {
        run();
    }

    /** Returns how many pagings went up a step. */
    int run() {
        Instant now = clock.instant();
        List<Long> due = transactions.execute(tx -> pagings.findDueIds(now, PageRequest.of(0, BATCH)));
        int escalated = 0;
        for (Long id : due == null ? List.<Long>of() : due) {
            if (Boolean.TRUE.equals(transactions.execute(tx -> escalate(id, now)))) {
                escalated++;
            }
        }
        delivery.deliverLeftOver(now.minus(DELIVERY_GRACE));
        return escalated;
    }

    private boolean escalate(long pagingId, Instant now) {
        Paging paging = pagings.findById(pagingId).orElseThrow();
        // Acknowledged (or escalated by an earlier run) meanwhile: nothing is due any more.
        if (paging.getNextStepAt() == null || paging.getNextStepAt().isAfter(now)) {
            return false;
        }
        pager.pageFrom(paging, paging.getStep() + 1, now);
        return true;
    }
}
