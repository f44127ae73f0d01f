package app.ponte.planning;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** How far a full recompute is: for the progress bar. */
public record RecomputeProgress(long id, long total, long done, Instant startedAt, @Nullable Instant finishedAt) {

    public boolean running() {
        return finishedAt == null;
    }

    /** 0 to 1. */
    public double fraction() {
        return total == 0 ? 1 : (double) done / total;
    }
}
