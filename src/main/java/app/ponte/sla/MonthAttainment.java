package app.ponte.sla;

import app.ponte.request.SlaTarget;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The counting rule of a month's attainment, said once (see {@link SlaAttainment}): a target is settled when it
 * is met in time (at the moment it is met) or missed (at its due time: met late, or still open after it); a
 * month counts the targets settled within it. A target still open before its due time, or paused before it, is
 * not settled yet: pauses move the due time, so a pause never turns into a miss.
 */
final class MonthAttainment {

    private final Instant from;
    private final Instant to;
    private final Instant now;
    private Attainment.Share firstResponse = Attainment.Share.NONE;
    private Attainment.Share resolution = Attainment.Share.NONE;
    private final List<Attainment.Breach> missed = new ArrayList<>();

    /** The month as the instants {@code [from, to)}, read at {@code now}. */
    MonthAttainment(Instant from, Instant to, Instant now) {
        this.from = from;
        this.to = to;
        this.now = now;
    }

    /** Counts the clocks' targets (each clock once), with the recorded breaches by clock id and target. */
    MonthAttainment count(Iterable<SupportClock> clocks, Map<Long, Map<SlaTarget, SlaBreach>> breaches) {
        for (SupportClock clock : clocks) {
            Map<SlaTarget, SlaBreach> recorded = breaches.getOrDefault(clock.getId(), Map.of());
            count(clock, SlaTarget.FIRST_RESPONSE, clock.getFirstResponseDueAt(), clock.getFirstRespondedAt(),
                    recorded.get(SlaTarget.FIRST_RESPONSE));
            count(clock, SlaTarget.RESOLUTION, clock.getResolutionDueAt(), clock.getResolvedAt(),
                    recorded.get(SlaTarget.RESOLUTION));
        }
        return this;
    }

    private void count(SupportClock clock, SlaTarget target, @Nullable Instant due, @Nullable Instant met,
            @Nullable SlaBreach breach) {
        if (due == null) {
            return;
        }
        boolean within = met != null && !met.isAfter(due);
        Instant settled = settledAt(due, met, clock.getPausedSince());
        if (settled == null || settled.isBefore(from) || !settled.isBefore(to)) {
            return;
        }
        if (target == SlaTarget.FIRST_RESPONSE) {
            firstResponse = firstResponse.plus(within);
        } else {
            resolution = resolution.plus(within);
        }
        if (!within) {
            missed.add(new Attainment.Breach(clock.getRequestId(), clock.getTitle(), target,
                    breach == null ? due : breach.getMissedAt(), met, breach == null ? null : breach.getCause()));
        }
    }

    /** When the target was decided: met in time → when met; missed → when due; null while still undecided. */
    private @Nullable Instant settledAt(Instant due, @Nullable Instant met, @Nullable Instant pausedSince) {
        if (met != null) {
            return met.isAfter(due) ? due : met;
        }
        if (now.isBefore(due)) {
            return null;
        }
        // Paused before its due time: the due time moves on when it resumes, nothing is missed yet.
        return pausedSince != null && pausedSince.isBefore(due) ? null : due;
    }

    Attainment.Share firstResponse() {
        return firstResponse;
    }

    Attainment.Share resolution() {
        return resolution;
    }

    /** The targets missed, in the order they were missed. */
    List<Attainment.Breach> breaches() {
        return missed.stream().sorted(Comparator.comparing(Attainment.Breach::missedAt)
                .thenComparing(Attainment.Breach::requestId)).toList();
    }

    static Map<SlaTarget, SlaBreach> byTarget(List<SlaBreach> ofOneClock) {
        var map = new java.util.EnumMap<SlaTarget, SlaBreach>(SlaTarget.class);
        ofOneClock.forEach(breach -> map.putIfAbsent(breach.getTarget(), breach));
        return map;
    }
}
