package app.ponte.planning;

import app.ponte.security.SystemAuthentication;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rescores every item in slices of ids, each slice its own short transaction (the board stays usable and
 * progress is visible), then places accepted work again and finds every conflict afresh.
 */
@Component
class FullRecompute {

    static final int SLICE = 20_000;
    private static final Logger LOG = LoggerFactory.getLogger(FullRecompute.class);

    private final BacklogItemRepository items;
    private final ScoreRecomputeRepository recomputes;
    private final ScoreRecalculation recalculation;
    private final Scheduler scheduler;
    private final ConflictDetector detector;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final TaskExecutor executor;
    private final Clock clock;

    FullRecompute(BacklogItemRepository items, ScoreRecomputeRepository recomputes, ScoreRecalculation recalculation,
            Scheduler scheduler, ConflictDetector detector, JdbcClient jdbc, TransactionTemplate transactions,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor, Clock clock) {
        this.items = items;
        this.recomputes = recomputes;
        this.recalculation = recalculation;
        this.scheduler = scheduler;
        this.detector = detector;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.executor = executor;
        this.clock = clock;
    }

    /**
     * Runs the recompute in the background; {@code recomputeId} is its progress row. With
     * {@code everySystem}, the conflicts of every system are found again afterwards, one system per
     * transaction (the nightly run: it also catches windows that ended and rows written outside the
     * application); otherwise only those of the items whose dates moved.
     */
    void start(long recomputeId, boolean everySystem) {
        executor.execute(() -> {
            try {
                SystemAuthentication.runAsAdmin(() -> {
                    run(recomputeId, everySystem);
                    return null;
                });
            } catch (RuntimeException e) {
                LOG.error("Score recompute {} failed; the next weight change or the nightly run starts again",
                        recomputeId, e);
            }
        });
    }

    /** Runs the recompute now, in the caller's thread. */
    void run(long recomputeId, boolean everySystem) {
        Long lowest = items.findLowestId().orElse(null);
        Long highest = items.findHighestId().orElse(null);
        if (lowest != null && highest != null) {
            for (long from = lowest; from <= highest; from += SLICE) {
                long to = from + SLICE - 1;
                long start = from;
                transactions.executeWithoutResult(status -> {
                    int done = recalculation.range(start, to);
                    recomputes.findById(recomputeId).orElseThrow().progressed(done);
                });
            }
        }
        // Weights and urgency change scores, hence the order of accepted work and its dates; the dates asked
        // for and the windows do not change, so the other conflicts stand.
        transactions.executeWithoutResult(status -> {
            detector.refreshItems(scheduler.replan());
            detector.refreshCapacity();
        });
        if (everySystem) {
            for (long systemId : systemsWithItems()) {
                transactions.executeWithoutResult(status -> detector.refreshSystem(systemId));
            }
        }
        transactions.executeWithoutResult(status ->
                recomputes.findById(recomputeId).orElseThrow().finished(clock.instant()));
    }

    private List<Long> systemsWithItems() {
        return jdbc.sql("SELECT DISTINCT system_id FROM backlog_item_systems").query(Long.class).list();
    }
}
