package app.ponte.sla;

import app.ponte.request.Priority;
import app.ponte.request.RequestDeadlines;
import app.ponte.request.SlaTarget;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The rules every change of a clock follows, said once for the clocks, the scan and the restart from history: its
 * targets computed from its start, pauses and terms; its history row; its next check and the request lists' copy
 * of its deadline; a target met or passed late recorded as one breach with its cause, and escalated.
 */
@Component
class ClockRecords {

    private final SupportClockRepository clocks;
    private final ClockPauseRepository pauses;
    private final ClockChangeRepository changes;
    private final SlaBreachRepository breaches;
    private final PlanTerms terms;
    private final RequestDeadlines deadlines;
    private final Escalation escalation;

    ClockRecords(SupportClockRepository clocks, ClockPauseRepository pauses, ClockChangeRepository changes,
            SlaBreachRepository breaches, PlanTerms terms, RequestDeadlines deadlines, Escalation escalation) {
        this.clocks = clocks;
        this.pauses = pauses;
        this.changes = changes;
        this.breaches = breaches;
        this.terms = terms;
        this.deadlines = deadlines;
        this.escalation = escalation;
    }

    /** The terms the clock's organisation has now at the clock's priority; empty when it is on no plan. */
    Optional<PlanTerms.Terms> termsOf(SupportClock clock) {
        return terms.termsFor(clock.getOrganisationId(), clock.getPriority());
    }

    ClockTimeline timeline(SupportClock clock, Instant asOf) {
        List<ClockTimeline.Pause> stops = new ArrayList<>();
        for (ClockPause pause : pauses.findByClockIdOrderByIdAsc(java.util.Objects.requireNonNull(clock.getId()))) {
            stops.add(new ClockTimeline.Pause(pause.getPausedAt(), pause.getResumedAt()));
        }
        return new ClockTimeline(clock.getStartedAt(), stops, asOf);
    }

    /**
     * Computes the targets not met yet on these terms, as of {@code asOf} (an open pause ends there); without terms
     * (the organisation left its plan) they stop counting: no due time, nothing for the scan. Met targets keep
     * the due time they were met against.
     */
    void compute(SupportClock clock, PlanTerms.@Nullable Terms on, Instant asOf) {
        if (on == null) {
            clock.firstResponseDue(null);
            clock.resolutionDue(null);
            return;
        }
        ClockTimeline timeline = timeline(clock, asOf);
        clock.firstResponseDue(timeline.due(on.firstResponse(), on.firstResponseTime()));
        clock.resolutionDue(timeline.due(on.resolution(), on.resolutionTime()));
    }

    /** Saves the clock with its history row, its next check and the lists' copy of its deadline. */
    SupportClock record(SupportClock clock, ClockChange.@Nullable Cause cause, Instant at, @Nullable Long actorId) {
        clock.scheduleNextCheck();
        SupportClock saved = clocks.saveAndFlush(clock);
        if (cause != null) {
            changes.save(new ClockChange(saved, cause, at, actorId));
        }
        deadlines.record(saved.getRequestId(), saved.deadline());
        return saved;
    }

    /**
     * Saves what the scan changed (told marks, next check). The request lists' copy of the deadline is left alone:
     * the scan never moves a target, and touching no request row keeps it from locking in the opposite order of a
     * request change (request row, then clock row), which could deadlock.
     */
    SupportClock checked(SupportClock clock) {
        clock.scheduleNextCheck();
        return clocks.saveAndFlush(clock);
    }

    /**
     * A target met at {@code metAt}: late when the due time, computed as of that instant on the current terms
     * (pauses until then skipped), had passed. Call before the clock is marked met.
     */
    void breachIfLate(SupportClock clock, SlaTarget target, Instant metAt) {
        Optional<PlanTerms.Terms> on = termsOf(clock);
        if (on.isEmpty() || breaches.existsByClockIdAndTarget(java.util.Objects.requireNonNull(clock.getId()), target)) {
            return;
        }
        ClockTimeline timeline = timeline(clock, metAt);
        Instant due = target == SlaTarget.FIRST_RESPONSE
                ? timeline.plus(on.get().firstResponse(), on.get().firstResponseTime())
                : timeline.plus(on.get().resolution(), on.get().resolutionTime());
        if (metAt.isAfter(due)) {
            breached(clock, target, due, metAt);
        }
    }

    /**
     * Records the breach of a target once (the unique key on clock and target says it again to a second node) and
     * escalates it, in the caller's transaction: the record and the notifications commit together or not at all.
     * {@code dueAt} is the due time in force, the moment the target was missed; {@code noticedAt} is now (the scan)
     * or the late answer.
     *
     * @return whether this call recorded it
     */
    boolean breached(SupportClock clock, SlaTarget target, Instant dueAt, Instant noticedAt) {
        if (breaches.existsByClockIdAndTarget(java.util.Objects.requireNonNull(clock.getId()), target)) {
            return false;
        }
        breaches.save(new SlaBreach(clock, target, dueAt, noticedAt, causeOf(clock, noticedAt)));
        escalation.breached(clock, target);
        return true;
    }

    /**
     * What explains a breach, as the words {@link SlaBreach} documents: the wall-clock time paused before it, the
     * priorities the clock ran on, whether its plan or a calendar changed, how often it was re-opened.
     */
    @Nullable String causeOf(SupportClock clock, Instant until) {
        List<String> words = new ArrayList<>();
        Duration paused = timeline(clock, until).pausedBefore(until);
        if (!paused.isZero()) {
            words.add("paused=" + paused);
        }
        List<ClockChange> history = changes.findByClockIdOrderByIdAsc(java.util.Objects.requireNonNull(clock.getId()));
        List<String> priorities = new ArrayList<>();
        int planChanges = 0;
        int calendarChanges = 0;
        int reopened = 0;
        for (ClockChange change : history) {
            Priority priority = change.getPriority();
            if (priorities.isEmpty() || !priorities.getLast().equals(priority.name())) {
                priorities.add(priority.name());
            }
            switch (change.getCause()) {
                case PLAN_CHANGED -> planChanges++;
                case CALENDAR_CHANGED -> calendarChanges++;
                case REOPENED -> reopened++;
                default -> {
                }
            }
        }
        if (priorities.size() > 1) {
            words.add("priority=" + String.join(">", priorities));
        }
        if (planChanges > 0) {
            words.add("plan=" + planChanges);
        }
        if (calendarChanges > 0) {
            words.add("calendar=" + calendarChanges);
        }
        if (reopened > 0) {
            words.add("reopened=" + reopened);
        }
        return words.isEmpty() ? null : String.join(";", words);
    }
}
