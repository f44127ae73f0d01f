package app.ponte.sla;

import app.ponte.request.RequestReading;
import app.ponte.request.RequestVisibility;
import app.ponte.request.SlaTarget;
import app.ponte.security.AnyoneSignedIn;
import app.ponte.security.InternalToServices;
import app.ponte.security.OrganisationScope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SLA clocks as other features read them: one request's clock for whoever may read all of the request (its
 * organisation and the team), through the request feature's one door; and, for services only, a clock computed
 * again from its stored history.
 */
@Service
@Transactional(readOnly = true)
public class SlaClocks {

    private final RequestReading reading;
    private final OrganisationScope scope;
    private final SupportClockRepository clocks;
    private final ClockChangeRepository changes;
    private final SlaBreachRepository breaches;
    private final SlaPlanRepository plans;
    private final ClockRecords records;
    private final ClockRestart restart;
    private final Clock clock;

    SlaClocks(RequestReading reading, OrganisationScope scope, SupportClockRepository clocks,
            ClockChangeRepository changes, SlaBreachRepository breaches, SlaPlanRepository plans, ClockRecords records,
            ClockRestart restart, Clock clock) {
        this.reading = reading;
        this.scope = scope;
        this.clocks = clocks;
        this.changes = changes;
        this.breaches = breaches;
        this.plans = plans;
        this.records = records;
        this.restart = restart;
        this.clock = clock;
    }

    /**
     * The request's clock; empty when it runs none (not a support request, or no plan at filing). A request the
     * caller may not read, or reads only the shared part of (another organisation's), is not found, and audited.
     */
    @AnyoneSignedIn
    public Optional<ClockView> clockFor(long requestId) {
        if (reading.visibility(requestId) != RequestVisibility.FULL) {
            throw scope.notFound("sla.clock", "Request", requestId);
        }
        return clocks.findByRequestId(requestId).map(this::view);
    }

    /**
     * Computes a request's clock again from its own stored facts (start, pauses, met instants), rewriting its history
     * rows from them and recording a target met late as a breach: for history written outside the engine (the demo's
     * back-dated stories, an import). No role check: only other services, inside their own checked work, call it.
     *
     * @return whether the request has a clock on a plan that was computed again
     */
    @InternalToServices
    @Transactional
    public boolean restartFromHistory(long requestId) {
        return restart.restart(requestId);
    }

    private ClockView view(SupportClock found) {
        Instant now = clock.instant();
        Optional<PlanTerms.Terms> on = records.termsOf(found);
        List<SlaBreach> recorded = breaches.findByClockIdOrderByIdAsc(Objects.requireNonNull(found.getId()));
        List<ClockView.TargetView> targets = new ArrayList<>();
        for (SlaTarget target : SlaTarget.values()) {
            targets.add(target(found, target, on.orElse(null), recorded, now));
        }
        boolean team = scope.seesEveryOrganisation();
        List<ClockView.HistoryLine> history = !team ? List.of()
                : changes.findByClockIdOrderByIdAsc(found.getId()).stream()
                        .map(c -> new ClockView.HistoryLine(c.getCause().name(), c.getCause().labelKey(),
                                c.getPriority(), c.getPlanId(), c.getFirstResponseDueAt(), c.getResolutionDueAt(),
                                c.getChangedAt(), c.getChangedBy()))
                        .toList();
        List<ClockView.BreachLine> breachLines = !team ? List.of()
                : recorded.stream().map(b -> new ClockView.BreachLine(b.getTarget(), b.getDueAt(), b.getBreachedAt(),
                        b.getCause())).toList();
        String planName = plans.findById(found.getPlanId()).map(SlaPlan::getName).orElse("");
        return new ClockView(found.getRequestId(), planName, found.getPriority(), targets, found.getPausedSince(),
                history, breachLines);
    }

    private ClockView.TargetView target(SupportClock found, SlaTarget target, PlanTerms.@Nullable Terms on,
            List<SlaBreach> recorded, Instant now) {
        Instant metAt = found.metAt(target);
        Instant due = found.dueOf(target);
        boolean running = metAt == null && found.isOpen() && found.getPausedSince() == null;
        boolean breached = recorded.stream().anyMatch(b -> b.getTarget() == target)
                || (running && due != null && !now.isBefore(due));
        Duration elapsed = Duration.ZERO;
        Duration length = null;
        if (on != null) {
            Instant until = metAt != null ? metAt : Objects.requireNonNullElse(found.getResolvedAt(), now);
            boolean firstResponse = target == SlaTarget.FIRST_RESPONSE;
            elapsed = records.timeline(found, until)
                    .elapsed(until, firstResponse ? on.firstResponseTime() : on.resolutionTime());
            length = firstResponse ? on.firstResponse() : on.resolution();
        }
        return new ClockView.TargetView(target, due, found.atRiskOf(target), metAt, breached, elapsed, length);
    }
}
