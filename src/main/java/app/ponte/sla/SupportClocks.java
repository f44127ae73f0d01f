package app.ponte.sla;

import app.ponte.request.Priority;
import app.ponte.request.RequestMoment;
import app.ponte.request.RequestStatus;
import app.ponte.request.SlaTarget;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SLA clock engine: follows the moments of support requests inside the transaction of each change (as
 * planning's backlog does), so a request change and its clock commit together.
 * <ul>
 * <li>filed: the clock starts with both targets, counted on the plan's calendars from the filing;</li>
 * <li>the team's first public answer meets the first response; the clock then runs for the resolution;</li>
 * <li>waiting for the requester pauses it, leaving that status resumes it, with the due times moved by exactly
 * the business time paused;</li>
 * <li>delivered, closed, declined, a duplicate or withdrawn resolves it. A first response never given stays
 * missing: it is breached when its due time had passed by the resolution, and otherwise not (the request was
 * settled in time); the clock then runs for nothing;</li>
 * <li>re-opened (a resolved request back to an open status): the time between resolution and re-opening is a
 * pause, and the resolution runs again;</li>
 * <li>another priority, another plan or a changed calendar computes the targets not met yet again from the start,
 * with a history row each (the rows before stay). An organisation taken off its plan: its open clocks stop
 * counting (no due times, nothing for the scan; the plan id stays as the last one it ran on); put on a plan again,
 * they are computed from their start as if they had always run on it.</li>
 * </ul>
 * A target met after its due time records one breach (see {@link ClockRecords#breachIfLate}). Clocks start only at
 * filing: a request filed while its organisation had no plan runs none.
 */
@Component
@Transactional
class SupportClocks {

    private static final Set<RequestStatus> RESOLVING = EnumSet.of(RequestStatus.DELIVERED, RequestStatus.CLOSED,
            RequestStatus.DECLINED, RequestStatus.DUPLICATE, RequestStatus.WITHDRAWN);

    private final SupportClockRepository clocks;
    private final ClockPauseRepository pauses;
    private final PlanTerms terms;
    private final ClockRecords records;
    private final Clock clock;

    SupportClocks(SupportClockRepository clocks, ClockPauseRepository pauses,
            PlanTerms terms, ClockRecords records, Clock clock) {
        this.clocks = clocks;
        this.pauses = pauses;
        this.terms = terms;
        this.records = records;
        this.clock = clock;
    }

    @EventListener
    void moment(RequestMoment moment) {
        if (!moment.isSupport()) {
            return;
        }
        if (moment.moment() == RequestMoment.Kind.FILED) {
            start(moment);
            return;
        }
        clocks.lockByRequestId(moment.requestId()).ifPresent(running -> {
            running.copy(moment.title(), moment.assigneeId(), moment.at());
            switch (moment.moment()) {
                case TEAM_ANSWERED -> responded(running, moment);
                case STATUS_CHANGED -> statusChanged(running, moment);
                case TRIAGED -> triaged(running, moment);
                default -> records.record(running, null, moment.at(), null);
            }
        });
    }

    private void start(RequestMoment moment) {
        Priority priority = priorityOf(moment);
        Optional<PlanTerms.Terms> on = terms.termsFor(moment.organisationId(), priority);
        if (on.isEmpty() || clocks.findByRequestId(moment.requestId()).isPresent()) {
            return;
        }
        SupportClock started = clocks.saveAndFlush(new SupportClock(moment.requestId(), moment.organisationId(),
                "", moment.kind(), priority, on.get().planId(), moment.assigneeId(), moment.at()));
        started.copy(moment.title(), moment.assigneeId(), moment.at());
        records.compute(started, on.get(), moment.at());
        records.record(started, ClockChange.Cause.STARTED, moment.at(), moment.actorId());
    }

    private void responded(SupportClock running, RequestMoment moment) {
        if (running.getFirstRespondedAt() != null || !running.isOpen()) {
            records.record(running, null, moment.at(), null);
            return;
        }
        records.breachIfLate(running, SlaTarget.FIRST_RESPONSE, moment.at());
        running.respond(moment.at());
        records.record(running, ClockChange.Cause.RESPONDED, moment.at(), moment.actorId());
    }

    private void statusChanged(SupportClock running, RequestMoment moment) {
        RequestStatus from = moment.from();
        RequestStatus to = moment.status();
        Instant at = moment.at();
        if (from == RequestStatus.WAITING_FOR_REQUESTER && to != RequestStatus.WAITING_FOR_REQUESTER) {
            pauses.findFirstByClockIdAndResumedAtIsNullOrderByIdDesc(running.getId()).ifPresent(p -> p.resume(at));
            pauses.flush();
            running.resume();
            if (!RESOLVING.contains(to)) {
                recomputeOpen(running, at);
                records.record(running, ClockChange.Cause.RESUMED, at, moment.actorId());
                return;
            }
        }
        if (RESOLVING.contains(to) && running.isOpen()) {
            // A first response still missing is settled here: late if its due time had passed.
            if (running.getFirstRespondedAt() != null || running.getFirstResponseDueAt() == null) {
                records.breachIfLate(running, SlaTarget.RESOLUTION, at);
            } else {
                records.breachIfLate(running, SlaTarget.FIRST_RESPONSE, at);
                records.breachIfLate(running, SlaTarget.RESOLUTION, at);
            }
            running.resolve(at);
            records.record(running, ClockChange.Cause.RESOLVED, at, moment.actorId());
        } else if (to.isOpen() && !running.isOpen()) {
            ClockPause sinceResolution = new ClockPause(running.getId(), running.getResolvedAt());
            sinceResolution.resume(at);
            pauses.saveAndFlush(sinceResolution);
            running.reopen();
            recomputeOpen(running, at);
            if (to == RequestStatus.WAITING_FOR_REQUESTER) {
                pause(running, at);
            }
            records.record(running, ClockChange.Cause.REOPENED, at, moment.actorId());
        } else if (to == RequestStatus.WAITING_FOR_REQUESTER && from != RequestStatus.WAITING_FOR_REQUESTER
                && running.isOpen()) {
            pause(running, at);
            records.record(running, ClockChange.Cause.PAUSED, at, moment.actorId());
        } else {
            records.record(running, null, at, null);
        }
    }

    private void pause(SupportClock running, Instant at) {
        pauses.saveAndFlush(new ClockPause(running.getId(), at));
        running.pause(at);
    }

    private void triaged(SupportClock running, RequestMoment moment) {
        Priority priority = priorityOf(moment);
        if (priority == running.getPriority() || !running.isOpen()) {
            records.record(running, null, moment.at(), null);
            return;
        }
        Optional<PlanTerms.Terms> on = terms.termsFor(running.getOrganisationId(), priority);
        running.runOn(priority, on.map(PlanTerms.Terms::planId).orElse(running.getPlanId()));
        records.compute(running, on.orElse(null), moment.at());
        refreshTold(running, moment.at());
        records.record(running, ClockChange.Cause.PRIORITY_CHANGED, moment.at(), moment.actorId());
    }

    /** Computes an open clock again on its organisation's terms now, with a history row. */
    void recompute(long clockId, ClockChange.Cause cause, Instant at, @Nullable Long actorId) {
        clocks.lockById(clockId).filter(SupportClock::isOpen)
                .ifPresent(running -> recomputeLocked(running, cause, at, actorId));
    }

    /**
     * Computes a clock a plan or calendar change marked again, once: under its row lock and only while it is still
     * marked (another node draining the marks may have done it first). A clock resolved meanwhile loses its mark.
     */
    void recomputeMarked(long clockId, Instant at) {
        clocks.lockById(clockId).ifPresent(running -> clocks.findMark(clockId).ifPresent(mark -> {
            if (running.isOpen()) {
                recomputeLocked(running, mark.cause(), at, mark.getRecomputeActorId());
            }
            clocks.clearMark(clockId);
        }));
    }

    private void recomputeLocked(SupportClock running, ClockChange.Cause cause, Instant at, @Nullable Long actorId) {
        Optional<PlanTerms.Terms> on = records.termsOf(running);
        on.ifPresent(t -> running.runOn(running.getPriority(), t.planId()));
        records.compute(running, on.orElse(null), at);
        refreshTold(running, at);
        records.record(running, cause, at, actorId);
    }

    private void recomputeOpen(SupportClock running, Instant at) {
        records.compute(running, records.termsOf(running).orElse(null), at);
        refreshTold(running, at);
    }

    /**
     * After the due times moved: what was told still holds only while its moment is past; a target moved later
     * is told again when it comes. A breach already recorded for the current target stays told (once per target).
     */
    private void refreshTold(SupportClock running, Instant now) {
        SlaTarget target = running.currentTarget();
        Instant atRisk = target == null ? null : running.atRiskOf(target);
        Instant due = target == null ? null : running.dueOf(target);
        boolean atRiskTold = running.getAtRiskToldAt() != null && atRisk != null && !atRisk.isAfter(now);
        boolean breachTold = running.getBreachToldAt() != null && due != null && !due.isAfter(now);
        Instant atRiskToldAt = running.getAtRiskToldAt();
        Instant breachToldAt = running.getBreachToldAt();
        running.clearTold();
        if (atRiskTold) {
            running.toldAtRisk(atRiskToldAt);
        }
        if (breachTold) {
            running.toldBreach(breachToldAt);
        }
    }

    /** The priority a support request runs at: the team's, else normal. */
    private static Priority priorityOf(RequestMoment moment) {
        return moment.priority() == null ? Priority.NORMAL : moment.priority();
    }
}
