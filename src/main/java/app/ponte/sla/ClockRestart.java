package app.ponte.sla;

import app.ponte.request.SlaTarget;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A clock computed again from its own stored facts (its start, its pauses, when its targets were met), for history
 * written outside the engine: the demo's back-dated stories, a team bringing its past requests over. Its history
 * rows are written again from those facts (started, responded, resolved, paused, each at its own instant), its
 * targets computed on its organisation's terms, and a target met late is recorded as a breach and escalated, as
 * the engine would have done. Targets still open and overdue are left to the scan. Breaches recorded before stay.
 */
@Component
@Transactional
class ClockRestart {

    private final SupportClockRepository clocks;
    private final ClockChangeRepository changes;
    private final ClockRecords records;
    private final Clock clock;

    ClockRestart(SupportClockRepository clocks, ClockChangeRepository changes, ClockRecords records, Clock clock) {
        this.clocks = clocks;
        this.changes = changes;
        this.records = records;
        this.clock = clock;
    }

    /** @return whether the request has a clock on a plan that was restarted */
    boolean restart(long requestId) {
        Optional<SupportClock> found = clocks.lockByRequestId(requestId);
        if (found.isEmpty()) {
            return false;
        }
        SupportClock running = found.get();
        Optional<PlanTerms.Terms> on = records.termsOf(running);
        if (on.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        PlanTerms.Terms terms = on.get();
        Instant firstResponseUntil = Objects.requireNonNullElse(running.getFirstRespondedAt(),
                Objects.requireNonNullElse(running.getResolvedAt(), now));
        Instant resolutionUntil = Objects.requireNonNullElse(running.getResolvedAt(), now);
        running.restartTargets(
                records.timeline(running, firstResponseUntil).due(terms.firstResponse(), terms.firstResponseTime()),
                records.timeline(running, resolutionUntil).due(terms.resolution(), terms.resolutionTime()));
        running.runOn(running.getPriority(), terms.planId());
        changes.deleteByClockId(Objects.requireNonNull(running.getId()));
        changes.save(new ClockChange(running, ClockChange.Cause.STARTED, running.getStartedAt(), null));
        if (running.getFirstRespondedAt() != null) {
            records.breachIfLate(running, SlaTarget.FIRST_RESPONSE, running.getFirstRespondedAt());
            changes.save(new ClockChange(running, ClockChange.Cause.RESPONDED, running.getFirstRespondedAt(), null));
        }
        if (running.getResolvedAt() != null) {
            if (running.getFirstRespondedAt() == null) {
                records.breachIfLate(running, SlaTarget.FIRST_RESPONSE, running.getResolvedAt());
            }
            records.breachIfLate(running, SlaTarget.RESOLUTION, running.getResolvedAt());
            changes.save(new ClockChange(running, ClockChange.Cause.RESOLVED, running.getResolvedAt(), null));
        }
        if (running.getPausedSince() != null) {
            changes.save(new ClockChange(running, ClockChange.Cause.PAUSED, running.getPausedSince(), null));
        }
        running.clearTold();
        records.record(running, null, now, null);
        return true;
    }
}
