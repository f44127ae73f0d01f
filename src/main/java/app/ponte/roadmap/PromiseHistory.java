package app.ponte.roadmap;

import app.ponte.base.RejectedInputException;
import app.ponte.security.OrganisationScope;
import app.ponte.security.TeamOnly;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Promises made and kept before Ponte kept the ledger (a team bringing its history over, or the demo's
 * story): each step is recorded as it happened on its own day, with the same rules as today's.
 */
@Service
public class PromiseHistory {

    private final Roadmap roadmap;
    private final MilestoneRepository milestones;
    private final OrganisationScope scope;
    private final Clock clock;

    PromiseHistory(Roadmap roadmap, MilestoneRepository milestones, OrganisationScope scope, Clock clock) {
        this.roadmap = roadmap;
        this.milestones = milestones;
        this.scope = scope;
        this.clock = clock;
    }

    /** The team began an initiative at a past moment (where its timeline starts). */
    @TeamOnly
    @Transactional
    public long initiative(Instant at, InitiativeDraft draft) {
        return roadmap.createInitiativeAsOf(past(at), draft);
    }

    /** The team committed (or changed) a milestone's date at a past moment, with its reason. */
    @TeamOnly
    @Transactional
    public void committed(Instant at, long milestoneId, LocalDate date, @Nullable String reason) {
        roadmap.commitAsOf(past(at), milestoneId, date, reason, version(milestoneId));
    }

    /** The milestone was delivered on a past day, recorded at a past moment. */
    @TeamOnly
    @Transactional
    public void delivered(Instant at, long milestoneId, LocalDate on) {
        roadmap.deliverAsOf(past(at), milestoneId, on, version(milestoneId));
    }

    private Instant past(Instant at) {
        if (at.isAfter(clock.instant())) {
            throw new RejectedInputException("at", "roadmap.error.history-in-future");
        }
        return at;
    }

    private long version(long milestoneId) {
        return milestones.findById(milestoneId)
                .orElseThrow(() -> scope.notFound("roadmap.milestone", "Milestone", milestoneId)).getVersion();
    }
}
