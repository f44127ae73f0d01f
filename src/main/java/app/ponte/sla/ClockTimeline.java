package app.ponte.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A clock's running time, as arithmetic: it runs from its start, on a target's calendar, skipping every pause.
 * An open pause (the team still waits) is taken to end at {@code asOf}: the due time is then "when it would fall
 * if the requester answered now", which is the pre-pause due time at the moment of pausing and the real one at
 * the moment the requester answers. Pure; the clocks and the scan share it so that they never disagree.
 */
final class ClockTimeline {

    /** Share of a target's business time after which it is at risk. */
    static final int AT_RISK_PERCENT = 75;

    /** One pause; {@code until} null while it lasts. */
    record Pause(Instant from, @Nullable Instant until) {
    }

    /** A target's due and at-risk instants. */
    record Due(Instant dueAt, Instant atRiskAt) {
    }

    private final Instant start;
    private final List<Pause> pauses;
    private final Instant asOf;

    ClockTimeline(Instant start, List<Pause> pauses, Instant asOf) {
        this.start = start;
        var sorted = new ArrayList<>(pauses);
        sorted.sort(Comparator.comparing(Pause::from));
        this.pauses = List.copyOf(sorted);
        this.asOf = asOf;
    }

    /** When {@code target} of business time on {@code time} is used up, and when 75 % of it is. */
    Due due(Duration target, WorkingTime time) {
        Duration atRisk = target.multipliedBy(AT_RISK_PERCENT).dividedBy(100);
        return new Due(plus(target, time), plus(atRisk, time));
    }

    /** The instant at which {@code businessTime} of running time has passed. */
    Instant plus(Duration businessTime, WorkingTime time) {
        Duration left = businessTime;
        Instant cursor = start;
        for (Interval stopped : stops()) {
            if (stopped.from.isAfter(cursor)) {
                Duration running = time.between(cursor, stopped.from);
                if (running.compareTo(left) >= 0) {
                    return time.plus(cursor, left);
                }
                left = left.minus(running);
            }
            cursor = max(cursor, stopped.until);
        }
        return time.plus(cursor, left);
    }

    /** The business time the clock ran from its start until {@code until}, pauses left out. */
    Duration elapsed(Instant until, WorkingTime time) {
        Duration total = Duration.ZERO;
        Instant cursor = start;
        for (Interval stopped : stops()) {
            if (!cursor.isBefore(until)) {
                return total;
            }
            if (stopped.from.isAfter(cursor)) {
                total = total.plus(time.between(cursor, min(stopped.from, until)));
            }
            cursor = max(cursor, stopped.until);
        }
        return cursor.isBefore(until) ? total.plus(time.between(cursor, until)) : total;
    }

    /** The wall-clock time spent paused before {@code until}. */
    Duration pausedBefore(Instant until) {
        Duration total = Duration.ZERO;
        Instant cursor = start;
        for (Interval stopped : stops()) {
            Instant from = max(cursor, stopped.from);
            Instant to = min(stopped.until, until);
            if (to.isAfter(from)) {
                total = total.plus(Duration.between(from, to));
            }
            cursor = max(cursor, stopped.until);
        }
        return total;
    }

    private List<Interval> stops() {
        var stops = new ArrayList<Interval>(pauses.size());
        for (Pause pause : pauses) {
            Instant until = pause.until() != null ? pause.until() : max(asOf, pause.from());
            if (until.isAfter(pause.from())) {
                stops.add(new Interval(pause.from(), until));
            }
        }
        return stops;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private record Interval(Instant from, Instant until) {
    }
}
