package app.ponte.sla;

import app.ponte.request.SlaTarget;
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

/**
 * A target missed: recorded once per clock and target, by the scan when the due time passes or by the clock when
 * the target is met late, with what explains it ({@code cause}: paused time, re-prioritisation; stored as
 * structured words the pages translate, never as a sentence in one language).
 *
 * <p>Two instants, not to be confused: {@code missedAt} is when the target was missed, the due time then in force
 * (column {@code due_at}): what every page says as "breached". {@code noticedAt} is when Ponte recorded the breach
 * (column {@code breached_at}): the scan's time (within a minute of the due time while the scan runs), the instant
 * the target was met late, or, for a clock restarted from back-dated history, the day of the restart. It says
 * when the escalation went out, never when the promise was broken.
 *
 * <p>The cause's format: {@code key=value} words joined by {@code ;}, in this order, each only when it applies;
 * {@code null} when none does (the target simply ran out):
 * <ul>
 * <li>{@code paused=PT3H}: wall-clock time the clock was paused before the breach (ISO-8601 duration);</li>
 * <li>{@code priority=NORMAL>URGENT}: the priorities the clock ran on, in order (re-prioritised at least once);</li>
 * <li>{@code plan=N}: the organisation's plan or its targets changed N times while it ran;</li>
 * <li>{@code calendar=N}: a calendar the targets count on changed N times while it ran;</li>
 * <li>{@code reopened=N}: the request was re-opened N times.</li>
 * </ul>
 * Example: {@code paused=PT3H;priority=NORMAL>URGENT}.
 */
@Entity
@Table(name = "sla_breaches")
class SlaBreach {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private @Nullable Long id;

    @Column(name = "clock_id", nullable = false)
    private long clockId;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "target", nullable = false, length = 20)
    private SlaTarget target;

    @Column(name = "due_at", nullable = false)
    private Instant missedAt;

    @Column(name = "breached_at", nullable = false)
    private Instant noticedAt;

    @Column(name = "cause", length = 500)
    private @Nullable String cause;

    protected SlaBreach() {
        this.target = SlaTarget.FIRST_RESPONSE;
        this.missedAt = Instant.EPOCH;
        this.noticedAt = Instant.EPOCH;
    }

    SlaBreach(SupportClock clock, SlaTarget target, Instant missedAt, Instant noticedAt, @Nullable String cause) {
        this.clockId = java.util.Objects.requireNonNull(clock.getId());
        this.requestId = clock.getRequestId();
        this.organisationId = clock.getOrganisationId();
        this.target = target;
        this.missedAt = missedAt;
        this.noticedAt = noticedAt;
        this.cause = cause;
    }

    @Nullable Long getId() {
        return id;
    }

    long getClockId() {
        return clockId;
    }

    long getRequestId() {
        return requestId;
    }

    long getOrganisationId() {
        return organisationId;
    }

    SlaTarget getTarget() {
        return target;
    }

    /** When the target was missed: the due time in force then. */
    Instant getMissedAt() {
        return missedAt;
    }

    /** When Ponte recorded the breach (and escalated it); not when it happened. */
    Instant getNoticedAt() {
        return noticedAt;
    }

    @Nullable String getCause() {
        return cause;
    }
}
