package app.ponte.planning;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Urgency grows as deadlines come closer: every night every score is worked out again for the new day, and
 * the conflicts of every system are found again (windows that ended retire theirs), once across all nodes.
 */
@Component
class NightlyRescore {

    private final ScoreRecomputeRepository recomputes;
    private final BacklogItemRepository items;
    private final FullRecompute fullRecompute;
    private final TransactionTemplate transactions;
    private final Clock clock;

    NightlyRescore(ScoreRecomputeRepository recomputes, BacklogItemRepository items, FullRecompute fullRecompute,
            TransactionTemplate transactions, Clock clock) {
        this.recomputes = recomputes;
        this.items = items;
        this.fullRecompute = fullRecompute;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "${ponte.planning.rescore-cron:0 5 0 * * *}", zone = "UTC")
    @SchedulerLock(name = "backlog-rescore", lockAtMostFor = "PT30M")
    void rescore() {
        long id = transactions.execute(status -> recomputes.save(new ScoreRecompute(items.count(), null,
                clock.instant())).getId());
        fullRecompute.start(id, true);
    }
}
