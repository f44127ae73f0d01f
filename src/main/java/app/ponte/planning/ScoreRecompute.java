package app.ponte.planning;

import app.ponte.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A full recompute of every score after the weights changed, with its progress. */
@Entity
@Table(name = "score_recomputes")
class ScoreRecompute extends AbstractEntity {

    @Column(name = "total_items", nullable = false)
    private long total;

    @Column(name = "done_items", nullable = false)
    private long done;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private @Nullable Instant finishedAt;

    /** Null for the nightly run. */
    @Column(name = "started_by_id", updatable = false)
    private @Nullable Long startedById;

    protected ScoreRecompute() {
    }

    ScoreRecompute(long total, @Nullable Long startedById, Instant now) {
        this.total = total;
        this.startedById = startedById;
        this.startedAt = now;
    }

    void progressed(long items) {
        this.done = Math.min(total, done + items);
    }

    void finished(Instant now) {
        this.done = total;
        this.finishedAt = now;
    }

    RecomputeProgress toProgress() {
        return new RecomputeProgress(getId(), total, done, startedAt, finishedAt);
    }

    @Nullable Instant getFinishedAt() {
        return finishedAt;
    }

    Instant getStartedAt() {
        return startedAt;
    }
}
