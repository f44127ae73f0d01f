package app.ponte.sla;

import app.ponte.security.SystemAuthentication;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Computes open clocks again after a plan or calendar change, outside the change's transaction. Inside it, the
 * change only marks its open clocks (one statement); after its commit they are computed a page at a time, each
 * page in a transaction of its own, so a change never holds thousands of clock rows locked: done clock by clock in
 * the change's transaction, the 7,448 open clocks of the largest benchmark organisation took minutes
 * (docs/benchmarks.md). The saving person waits for the first pages (a hundred clocks, more than most organisations
 * have open), so the page they return to shows the new due times; a larger rest goes on in the background. A crash
 * between pages leaves the rest marked and the minute scan finishes them; two drains at once (the background, the
 * scan, another node) compute each clock once ({@link SupportClocks#recomputeMarked}).
 */
@Component
class ClockRecomputations {

    /** Clocks computed per transaction: each takes a few queries, so a page stays a short transaction. */
    static final int PAGE = 50;

    /** Pages computed before the saving person gets their page back; the rest goes on in the background. */
    static final int PAGES_WAITED_FOR = 2;

    private static final Logger log = LoggerFactory.getLogger(ClockRecomputations.class);

    private final SupportClockRepository clocks;
    private final SlaPlanRepository plans;
    private final SupportClocks engine;
    private final TransactionTemplate ownTransaction;
    private final TaskExecutor background;
    private final Clock clock;

    ClockRecomputations(SupportClockRepository clocks, SlaPlanRepository plans, SupportClocks engine,
            PlatformTransactionManager transactionManager,
            @Qualifier("applicationTaskExecutor") TaskExecutor background, Clock clock) {
        this.clocks = clocks;
        this.plans = plans;
        this.engine = engine;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        // After a commit the finished transaction's resources are still bound: a new one must not join them.
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.background = background;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void planChanged(PlanChanged change) {
        clocks.markOpenOfOrganisation(change.organisationId(), ClockChange.Cause.PLAN_CHANGED.name(),
                change.actorId());
        drainAfterCommit();
    }

    @EventListener
    @Transactional
    void calendarChanged(CalendarChanged change) {
        var onPlans = plans.findIdsCountingOn(change.calendarId());
        if (!onPlans.isEmpty()) {
            clocks.markOpenOnPlans(onPlans, ClockChange.Cause.CALENDAR_CHANGED.name());
            drainAfterCommit();
        }
    }

    /** The marks commit with the change; the clocks are computed once it has (nothing for a change rolled back). */
    private void drainAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                try {
                    if (drain(PAGES_WAITED_FOR) == PAGES_WAITED_FOR * PAGE) {
                        background.execute(() -> SystemAuthentication.runAsAdmin(() -> drain()));
                    }
                } catch (RuntimeException e) {
                    // The change is committed and its clocks stay marked: the minute scan computes them.
                    log.warn("Clocks not computed again after a plan or calendar change; the next scan will", e);
                }
            }
        });
    }

    /** Computes every marked clock again, a page per transaction; the number of clocks looked at. */
    int drain() {
        return drain(Integer.MAX_VALUE);
    }

    /** Computes marked clocks again, at most {@code pages} pages of them; the number of clocks looked at. */
    int drain(int pages) {
        Instant now = clock.instant();
        int looked = 0;
        long afterId = 0;
        for (int done = 0; done < pages; done++) {
            long from = afterId;
            List<MarkedClock> page = ownTransaction.execute(status -> clocks.findMarked(from, PAGE));
            if (page == null || page.isEmpty()) {
                break;
            }
            try {
                ownTransaction.executeWithoutResult(status -> page.forEach(m -> engine.recomputeMarked(m.getId(), now)));
            } catch (RuntimeException pageFailed) {
                page.forEach(m -> recomputeAlone(m.getId(), now));
            }
            looked += page.size();
            afterId = page.getLast().getId();
        }
        return looked;
    }

    /** One clock in a transaction of its own: a clock that fails stays marked for the next drain, the rest go on. */
    private void recomputeAlone(long clockId, Instant now) {
        try {
            ownTransaction.executeWithoutResult(status -> engine.recomputeMarked(clockId, now));
        } catch (RuntimeException e) {
            log.warn("SLA clock {} not computed again after a plan or calendar change; tried again next scan",
                    clockId, e);
        }
    }
}
