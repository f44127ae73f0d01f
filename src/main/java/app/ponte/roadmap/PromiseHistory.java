package app.ponte.roadmap;

import app.ponte.base.RejectedInputException;
import app.ponte.security.TeamOnly;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Promises made and kept before Ponte kept the ledger (a team bringing its history over, or the demo's
 * story): each step is recorded as it happened at its own moment, never in the future, through the same
 * domain steps as today's changes (only the moment differs).
 */
@Service
@Transactional
public class PromiseHistory {

    private final InitiativeRepository initiatives;
    private final RoadmapItems items;
    private final Committing committing;
    private final Delivering delivering;
    private final Clock clock;

    PromiseHistory(InitiativeRepository initiatives, RoadmapItems items, Committing committing,
            Delivering delivering, Clock clock) {
        this.initiatives = initiatives;
        this.items = items;
        this.committing = committing;
        this.delivering = delivering;
        this.clock = clock;
    }

    /** The team began an initiative at a past moment (where its timeline starts). */
    @TeamOnly
    public long initiative(Instant at, InitiativeDraft draft) {
        return initiatives.saveAndFlush(new Initiative(draft, past(at))).getId();
    }

    /** The team committed (or changed) a milestone's date at a past moment, with its reason. */
    @TeamOnly
    public void committed(Instant at, long milestoneId, LocalDate date, @Nullable String reason) {
        Instant moment = past(at);
        committing.commit(items.milestone(milestoneId), date, reason, moment);
    }

    /** The milestone was delivered on a past day, recorded at a past moment. */
    @TeamOnly
    public void delivered(Instant at, long milestoneId, LocalDate on) {
        Instant moment = past(at);
        delivering.deliver(items.milestone(milestoneId), on, moment);
    }

    private Instant past(Instant at) {
        if (at.isAfter(clock.instant())) {
            throw new RejectedInputException("at", "roadmap.error.history-in-future");
        }
        return at;
    }
}
