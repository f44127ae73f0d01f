package app.ponte.sla;

import app.ponte.request.Priority;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One computation of a clock's targets and why it happened: the clock's history. Never changed afterwards. */
@Entity
@Table(name = "sla_clock_changes")
class ClockChange {

    /** Why the targets were (re-)computed. */
    enum Cause {
        STARTED, PRIORITY_CHANGED, PLAN_CHANGED, CALENDAR_CHANGED, PAUSED, RESUMED, RESPONDED, RESOLVED, REOPENED;

        String labelKey() {
            return "sla.cause." + name();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private @Nullable Long id;

    @Column(name = "clock_id", nullable = false)
    private long clockId;

    @Enumerated(EnumType.STRING)
    @Column(name = "cause", nullable = false, length = 30)
    private Cause cause;

    @Enumerated(EnumType.STRING)
    @Column(name = "priority", nullable = false, length = 20)
    private Priority priority;

    @Column(name = "plan_id", nullable = false)
    private long planId;

    @Column(name = "first_response_due_at")
    private @Nullable Instant firstResponseDueAt;

    @Column(name = "resolution_due_at")
    private @Nullable Instant resolutionDueAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by")
    private @Nullable Long changedBy;

    protected ClockChange() {
        this.cause = Cause.STARTED;
        this.priority = Priority.NORMAL;
        this.changedAt = Instant.EPOCH;
    }

    ClockChange(SupportClock clock, Cause cause, Instant changedAt, @Nullable Long changedBy) {
        this.clockId = java.util.Objects.requireNonNull(clock.getId());
        this.cause = cause;
        this.priority = clock.getPriority();
        this.planId = clock.getPlanId();
        this.firstResponseDueAt = clock.getFirstResponseDueAt();
        this.resolutionDueAt = clock.getResolutionDueAt();
        this.changedAt = changedAt;
        this.changedBy = changedBy;
    }

    long getClockId() {
        return clockId;
    }

    Cause getCause() {
        return cause;
    }

    Priority getPriority() {
        return priority;
    }

    long getPlanId() {
        return planId;
    }

    @Nullable Instant getFirstResponseDueAt() {
        return firstResponseDueAt;
    }

    @Nullable Instant getResolutionDueAt() {
        return resolutionDueAt;
    }

    Instant getChangedAt() {
        return changedAt;
    }

    @Nullable Long getChangedBy() {
        return changedBy;
    }
}
