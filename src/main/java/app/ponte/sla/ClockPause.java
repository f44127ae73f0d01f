package app.ponte.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One pause of a clock: from the moment the team waits for the requester (or the request was resolved) until
 * the requester answers (or it is re-opened). Paused time never counts against a target.
 */
@Entity
@Table(name = "sla_clock_pauses")
class ClockPause {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private @Nullable Long id;

    @Column(name = "clock_id", nullable = false)
    private long clockId;

    @Column(name = "paused_at", nullable = false)
    private Instant pausedAt;

    @Column(name = "resumed_at")
    private @Nullable Instant resumedAt;

    protected ClockPause() {
        this.pausedAt = Instant.EPOCH;
    }

    ClockPause(long clockId, Instant pausedAt) {
        this.clockId = clockId;
        this.pausedAt = pausedAt;
    }

    void resume(Instant at) {
        this.resumedAt = at;
    }

    long getClockId() {
        return clockId;
    }

    Instant getPausedAt() {
        return pausedAt;
    }

    @Nullable Instant getResumedAt() {
        return resumedAt;
    }
}
