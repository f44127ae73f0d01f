package app.ponte.sla;

import app.ponte.request.Priority;
import app.ponte.request.SlaTarget;
import app.ponte.request.SupportDeadline;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A request's SLA clock as the request page shows it, read at {@code readAt}: the plan and priority it runs on,
 * one line per target, whether it is paused, and, for the team only, its history and breaches (empty lists for
 * anybody else: the client reads where it stands, not how the team re-computed it).
 */
public record ClockReport(String planName, Priority priority, Instant readAt, @Nullable Instant pausedSince,
        boolean teamView, List<TargetLine> targets, List<ClockEvent> history, List<BreachLine> breaches) {

    public boolean paused() {
        return pausedSince != null;
    }

    /**
     * One target: the priority it is counted at (the clock's for an open target; for a met one, the priority in
     * force when it was met, whose due time it kept), when it is due (null when not known, e.g. not computed yet),
     * when it was met, the business time it allows at that priority and how much of it was used (paused time never
     * counts; null when the plan no longer says), and how it stands at {@code readAt}
     * ({@link SupportDeadline.Standing#NONE} once met).
     */
    public record TargetLine(SlaTarget target, Priority countedAt, @Nullable Instant dueAt, @Nullable Instant metAt,
            @Nullable Duration allowed, @Nullable Duration used, SupportDeadline.Standing standing) {

        public boolean met() {
            return metAt != null;
        }

        /** Met after it was due. */
        public boolean metLate() {
            return metAt != null && dueAt != null && metAt.isAfter(dueAt);
        }

        /** How late: met late by, or breached by at {@code now}; zero when not late. */
        public Duration lateBy(Instant now) {
            if (dueAt == null) {
                return Duration.ZERO;
            }
            Instant end = metAt != null ? metAt : now;
            return end.isAfter(dueAt) ? Duration.between(dueAt, end) : Duration.ZERO;
        }
    }

    /** One (re-)computation of the targets: why ({@code causeKey}, a translation key), who and when. */
    public record ClockEvent(String causeKey, Priority priority, String planName, @Nullable Instant firstResponseDueAt,
            @Nullable Instant resolutionDueAt, Instant changedAt, @Nullable String changedBy) {
    }

    /**
     * A missed target: when it was missed (the due time then in force, not when Ponte noticed it) and its recorded
     * cause (structured words such as {@code paused=PT3H;priority=NORMAL>URGENT}).
     */
    public record BreachLine(SlaTarget target, Instant missedAt, @Nullable String cause) {
    }
}
