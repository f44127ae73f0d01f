package app.ponte.roadmap;

import app.ponte.security.InternalToServices;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the roadmap promised, kept, slipped and delivered for one organisation, and what comes next, for its
 * agenda and its progress report. Called only by the meeting and report services, which checked the caller's
 * access already. Everything is the organisation's own ledger (a promise exists only where a milestone delivers
 * one of its requests), so no other organisation's name or request appears; lists are bounded, totals counted.
 * Promise days are the calendar's own; a window of instants is turned into days in the organisation's zone.
 */
@Service
@Transactional(readOnly = true)
public class RoadmapActivity {

    private final RoadmapActivityRepository activity;

    RoadmapActivity(RoadmapActivityRepository activity) {
        this.activity = activity;
    }

    /** Promises made, kept (delivered) and slipped (moved later or withdrawn) in {@code [since, until)}. */
    @InternalToServices
    public PromiseMovements between(long organisationId, Instant since, Instant until, ZoneId zone, int limit) {
        PageRequest first = PageRequest.of(0, Math.max(1, limit));
        LocalDate from = LocalDate.ofInstant(since, zone);
        LocalDate to = LocalDate.ofInstant(until.minusNanos(1), zone);
        List<PromiseSlip> slips = new ArrayList<>(activity.findSlippedBetween(organisationId, since, until, first));
        for (Object[] row : activity.findWithdrawnBetween(organisationId, from, to, first)) {
            LocalDate day = (LocalDate) row[2];
            slips.add(new PromiseSlip((String) row[0], (LocalDate) row[1], null, row[3] == null ? "" : (String) row[3],
                    day.atStartOfDay(zone).toInstant()));
        }
        slips.sort(Comparator.comparing(PromiseSlip::at).reversed());
        return new PromiseMovements(activity.findMadeBetween(organisationId, since, until, first),
                activity.countMadeBetween(organisationId, since, until),
                from.isAfter(to) ? List.of() : activity.findKeptBetween(organisationId, from, to, first),
                from.isAfter(to) ? 0 : activity.countKeptBetween(organisationId, from, to),
                slips.subList(0, Math.min(slips.size(), Math.max(1, limit))),
                activity.countSlippedBetween(organisationId, since, until)
                        + activity.countWithdrawnBetween(organisationId, from, to));
    }

    /** Milestones delivering the organisation's requests that were delivered on the days {@code from..to}. */
    @InternalToServices
    public List<Delivered> delivered(long organisationId, LocalDate from, LocalDate to, int limit) {
        return activity.findDeliveredBetween(organisationId, from, to, PageRequest.of(0, Math.max(1, limit))).stream()
                .map(row -> new Delivered((String) row[0], (LocalDate) row[1])).toList();
    }

    /**
     * The organisation's open milestones (planned or in progress) with the day promised to it (the committed day
     * where no promise is open, null where none), soonest first, undated last; each with the organisation's own
     * requests in it (never another organisation's: their number would tell the other's size).
     */
    @InternalToServices
    public List<OpenMilestone> openMilestones(long organisationId) {
        Map<Long, LocalDate> promised = new HashMap<>();
        for (Object[] row : activity.findOpenPromiseDays(organisationId)) {
            promised.put((Long) row[0], (LocalDate) row[1]);
        }
        Map<Long, OpenMilestone> found = new LinkedHashMap<>();
        for (Object[] row : activity.findOpenMilestoneRequests(organisationId)) {
            long id = (Long) row[0];
            OpenMilestone milestone = found.computeIfAbsent(id, key -> new OpenMilestone(key, (String) row[1],
                    promised.getOrDefault(key, (LocalDate) row[2]), new ArrayList<>()));
            milestone.requestIds().add((Long) row[3]);
        }
        return found.values().stream()
                .map(m -> new OpenMilestone(m.id(), m.title(), m.due(), List.copyOf(m.requestIds())))
                .sorted(Comparator.comparing(OpenMilestone::due, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(OpenMilestone::id))
                .toList();
    }

    /** Promises whose first day told fell on the days {@code from..to}: delivered by it, and not. */
    @InternalToServices
    public DueTally dueBetween(long organisationId, LocalDate from, LocalDate to) {
        Object[] row = activity.countDueBetween(organisationId, from, to).getFirst();
        long all = ((Number) row[0]).longValue();
        long onTime = ((Number) row[1]).longValue();
        return new DueTally(onTime, all - onTime);
    }

    /** Promises made, kept and slipped in a window: the newest of each (at most the limit) and how many. */
    public record PromiseMovements(List<PromiseMade> made, long madeTotal, List<PromiseKept> kept, long keptTotal,
            List<PromiseSlip> slipped, long slippedTotal) {
        public PromiseMovements {
            made = List.copyOf(made);
            kept = List.copyOf(kept);
            slipped = List.copyOf(slipped);
        }
    }

    /** A milestone delivered, on its day. */
    public record Delivered(String milestone, LocalDate day) {
    }

    /** An open milestone, the day it is due for the organisation, and the organisation's requests in it. */
    public record OpenMilestone(long id, String title, @Nullable LocalDate due, List<Long> requestIds) {
    }

    /** Promises that came due: kept on time, and late (delivered late, broken, or not delivered by then). */
    public record DueTally(long onTime, long late) {
    }
}
