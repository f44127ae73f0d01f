package app.ponte.sla;

import app.ponte.organisation.OrganisationNames;
import app.ponte.organisation.PersonOption;
import app.ponte.request.Priority;
import app.ponte.request.SlaTarget;
import app.ponte.request.SupportDeadline;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads one request's clock from the tables the clocks fill, for the request page: no decision about who may read
 * it (the calling service made it). Elapsed business time is measured here on the target's own calendar, with
 * every pause taken out, so that the page says the same as the clock counts.
 */
@Component
class ClockReading {

    private final SupportClockRepository clocks;
    private final ClockPauseRepository pauses;
    private final ClockChangeRepository changes;
    private final SlaBreachRepository breaches;
    private final SlaPlanRepository plans;
    private final BusinessCalendarRepository calendars;
    private final OrganisationNames names;
    private final Clock clock;

    ClockReading(SupportClockRepository clocks, ClockPauseRepository pauses, ClockChangeRepository changes,
            SlaBreachRepository breaches, SlaPlanRepository plans, BusinessCalendarRepository calendars,
            OrganisationNames names, Clock clock) {
        this.clocks = clocks;
        this.pauses = pauses;
        this.changes = changes;
        this.breaches = breaches;
        this.plans = plans;
        this.calendars = calendars;
        this.names = names;
        this.clock = clock;
    }

    /** The request's clock, if it runs one; the history and breaches only when {@code forTeam}. */
    @Transactional(readOnly = true)
    Optional<ClockReport> read(long requestId, boolean forTeam) {
        return clocks.findByRequestId(requestId).map(found -> report(found, forTeam));
    }

    private ClockReport report(SupportClock found, boolean forTeam) {
        Instant now = clock.instant();
        Optional<SlaPlan> plan = plans.findById(found.getPlanId());
        List<ClockPause> paused = pauses.findByClockIdOrderByIdAsc(Objects.requireNonNull(found.getId()));
        List<ClockChange> history = changes.findByClockIdOrderByIdAsc(found.getId());
        var targets = List.of(
                line(found, SlaTarget.FIRST_RESPONSE, found.getFirstResponseDueAt(), found.getFirstResponseAtRiskAt(),
                        found.getFirstRespondedAt(), history, paused, now),
                line(found, SlaTarget.RESOLUTION, found.getResolutionDueAt(), found.getResolutionAtRiskAt(),
                        found.getResolvedAt(), history, paused, now))
                .stream().filter(line -> line.dueAt() != null || line.met()).toList();
        String planName = plan.map(SlaPlan::getName).orElse("");
        return new ClockReport(planName, found.getPriority(), now, found.getPausedSince(), forTeam, targets,
                forTeam ? history(history) : List.of(), forTeam ? breaches(found) : List.of());
    }

    /**
     * One target, with the terms it is counted on: an open target on the clock's plan and priority now; a met one
     * on those in force when it was met (its due time was kept then: a later re-prioritisation moves only what is
     * still open), read from the history row written at that moment.
     */
    private ClockReport.TargetLine line(SupportClock found, SlaTarget target, @Nullable Instant due,
            @Nullable Instant atRisk, @Nullable Instant met, List<ClockChange> history, List<ClockPause> paused,
            Instant now) {
        long planId = found.getPlanId();
        Priority priority = found.getPriority();
        if (met != null) {
            Optional<ClockChange> then = inForceAt(history, met, target == SlaTarget.FIRST_RESPONSE
                    ? ClockChange.Cause.RESPONDED : ClockChange.Cause.RESOLVED);
            if (then.isPresent()) {
                planId = then.get().getPlanId();
                priority = then.get().getPriority();
            }
        }
        Priority countedAt = priority;
        Optional<SlaPlan.Target> terms = plans.findById(planId).flatMap(p -> p.targetFor(countedAt));
        Duration allowed = terms.map(t -> target == SlaTarget.FIRST_RESPONSE ? t.firstResponse() : t.resolution())
                .orElse(null);
        Long calendarId = terms.map(t -> target == SlaTarget.FIRST_RESPONSE ? t.firstResponseCalendarId()
                : t.resolutionCalendarId()).orElse(null);
        Duration used = calendarId == null ? null : calendars.findById(calendarId)
                .map(calendar -> used(calendar.workingTime(), found.getStartedAt(), met != null ? met : now, paused))
                .orElse(null);
        SupportDeadline.Standing standing = met != null ? SupportDeadline.Standing.NONE
                : new SupportDeadline(target, due, atRisk, found.getPausedSince() != null).standingAt(now);
        return new ClockReport.TargetLine(target, countedAt, due, met, allowed, used, standing);
    }

    /**
     * The history row in force when a target was met: the one its meeting wrote ({@code meeting} at that instant),
     * else the last one before it; empty for a clock without history.
     */
    static Optional<ClockChange> inForceAt(List<ClockChange> history, Instant met, ClockChange.Cause meeting) {
        ClockChange before = null;
        ClockChange wrote = null;
        for (ClockChange change : history) {
            if (change.getChangedAt().isAfter(met)) {
                continue;
            }
            before = change;
            if (change.getCause() == meeting && change.getChangedAt().equals(met)) {
                wrote = change;
            }
        }
        return Optional.ofNullable(wrote != null ? wrote : before);
    }

    /** Business time from the start until {@code end}, less the business time of every pause in between. */
    static Duration used(WorkingTime time, Instant start, Instant end, List<ClockPause> paused) {
        Duration used = time.between(start, end);
        for (ClockPause pause : paused) {
            Instant from = pause.getPausedAt().isBefore(start) ? start : pause.getPausedAt();
            Instant resumed = pause.getResumedAt();
            Instant until = resumed == null || resumed.isAfter(end) ? end : resumed;
            used = used.minus(time.between(from, until));
        }
        return used.isNegative() ? Duration.ZERO : used;
    }

    private List<ClockReport.ClockEvent> history(List<ClockChange> all) {
        Map<Long, PersonOption> people = names.people(all.stream().map(ClockChange::getChangedBy)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<Long, String> planNames = new HashMap<>();
        all.forEach(change -> planNames.computeIfAbsent(change.getPlanId(),
                id -> plans.findById(id).map(SlaPlan::getName).orElse("")));
        return all.stream().map(change -> new ClockReport.ClockEvent(change.getCause().labelKey(),
                change.getPriority(), planNames.get(change.getPlanId()), change.getFirstResponseDueAt(),
                change.getResolutionDueAt(), change.getChangedAt(), change.getChangedBy() == null ? null
                        : Optional.ofNullable(people.get(change.getChangedBy())).map(PersonOption::displayName)
                                .orElse(null)))
                .toList();
    }

    private List<ClockReport.BreachLine> breaches(SupportClock found) {
        return breaches.findByClockIdOrderByIdAsc(Objects.requireNonNull(found.getId())).stream()
                .map(b -> new ClockReport.BreachLine(b.getTarget(), b.getMissedAt(), b.getCause()))
                .toList();
    }
}
