package app.ponte.sla;

import app.ponte.request.Priority;
import app.ponte.request.SlaTarget;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A support request's SLA clock as people read it: the plan and priority it runs on, each target, whether it is
 * paused; for the team also its history (each computation and why) and its breaches with their causes (empty lists
 * for everyone else).
 */
public record ClockView(long requestId, String planName, Priority priority, List<TargetView> targets,
        @Nullable Instant pausedSince, List<HistoryLine> history, List<BreachLine> breaches) {

    public ClockView {
        targets = List.copyOf(targets);
        history = List.copyOf(history);
        breaches = List.copyOf(breaches);
    }

    /**
     * One target: due and at-risk instants (none while the organisation is on no plan), when it was met, whether it
     * is breached, and the business time it used of its length (the length unknown without a plan).
     */
    public record TargetView(SlaTarget target, @Nullable Instant dueAt, @Nullable Instant atRiskAt,
            @Nullable Instant metAt, boolean breached, Duration elapsed, @Nullable Duration length) {
    }

    /**
     * One computation of the targets: its cause ({@code STARTED}, {@code PRIORITY_CHANGED}, ... with its
     * translation key {@code sla.cause.*}), the priority and plan it ran on, the due times it gave, when and by whom
     * (an account id; none for the system).
     */
    public record HistoryLine(String cause, String causeKey, Priority priority, long planId,
            @Nullable Instant firstResponseDueAt, @Nullable Instant resolutionDueAt, Instant changedAt,
            @Nullable Long changedBy) {
    }

    /** A breach: its target, due time, when it was found, and its cause words (see {@link SlaBreach}). */
    public record BreachLine(SlaTarget target, Instant dueAt, Instant breachedAt, @Nullable String cause) {
    }
}
