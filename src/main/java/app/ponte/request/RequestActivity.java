package app.ponte.request;

import app.ponte.security.InternalToServices;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happened to one organisation's requests in a window, for its agenda and its progress report. Called only
 * by the meeting and report services, which checked the caller's access to the organisation already. Every read
 * is a count or a bounded list on an index led by the organisation (filed) or by the status moved to (resolved,
 * declined: see V55); nothing here reads comments, so no internal note can reach a client's agenda.
 */
@Service
@Transactional(readOnly = true)
public class RequestActivity {

    /** Ids per {@code in} list: well under every database's limit on bound parameters. */
    private static final int MOVED_PER_QUERY = 1_000;

    private final RequestActivityRepository activity;

    RequestActivity(RequestActivityRepository activity) {
        this.activity = activity;
    }

    /** Requests filed, resolved and declined in {@code [since, until)}: the newest {@code limit} of each, counted. */
    @InternalToServices
    public RequestMovements between(long organisationId, Instant since, Instant until, int limit) {
        PageRequest first = PageRequest.of(0, Math.max(1, limit));
        return new RequestMovements(
                new RequestMovements.Listed(activity.findFiledBetween(organisationId, since, until, first),
                        activity.countFiledBetween(organisationId, since, until)),
                new RequestMovements.Listed(activity.findResolvedBetween(organisationId, since, until, first),
                        activity.countResolvedBetween(organisationId, since, until)),
                new RequestMovements.Listed(activity.findDeclinedBetween(organisationId, since, until, first),
                        activity.countDeclinedBetween(organisationId, since, until)));
    }

    /**
     * The organisation's requests open at {@code until}, by status, in the statuses' order: a report is a snapshot
     * of its period's end even when made later. Requests whose status has not moved since are counted from their
     * status; those that moved since (few, read through the moves after the end) from their last move before it.
     */
    @InternalToServices
    public Map<RequestStatus, Long> openByStatus(long organisationId, Instant until) {
        Map<RequestStatus, Long> counts = new EnumMap<>(RequestStatus.class);
        for (Object[] row : activity.countOpenUnmovedByStatus(organisationId, RequestStatus.OPEN, until)) {
            counts.put((RequestStatus) row[0], (Long) row[1]);
        }
        List<Long> moved = activity.findMovedSince(organisationId, List.of(RequestStatus.values()), until);
        for (int from = 0; from < moved.size(); from += MOVED_PER_QUERY) {
            List<Long> part = moved.subList(from, Math.min(moved.size(), from + MOVED_PER_QUERY));
            Map<Long, RequestStatus> then = new HashMap<>();
            part.forEach(id -> then.put(id, RequestStatus.NEW)); // filing is a move to new: no move yet, new
            for (Object[] row : activity.findMovesBefore(part, until)) {
                then.put((Long) row[0], (RequestStatus) row[1]); // oldest first: the last one stays
            }
            then.values().stream().filter(RequestStatus::isOpen).forEach(status -> counts.merge(status, 1L, Long::sum));
        }
        return counts;
    }

    /**
     * Requests opened and finished (resolved, declined, duplicate, withdrawn) in each Monday week that meets the
     * days {@code from..to} (inclusive, in {@code zone}); each week counted within the days it shares with them.
     * Two counts per week (at most 14 weeks for a quarter), each on an index.
     */
    @InternalToServices
    public List<WeekActivity> openedClosedPerWeek(long organisationId, LocalDate from, LocalDate to, ZoneId zone) {
        List<WeekActivity> weeks = new ArrayList<>();
        LocalDate monday = from.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        for (LocalDate week = monday; !week.isAfter(to); week = week.plusWeeks(1)) {
            LocalDate start = week.isBefore(from) ? from : week;
            LocalDate end = week.plusDays(6).isAfter(to) ? to : week.plusDays(6);
            Instant since = start.atStartOfDay(zone).toInstant();
            Instant until = end.plusDays(1).atStartOfDay(zone).toInstant();
            weeks.add(new WeekActivity(week, activity.countFiledBetween(organisationId, since, until),
                    activity.countFinishedBetween(organisationId, since, until)));
        }
        return weeks;
    }

    /** When each request was first resolved, for those that were: a milestone's burn-up. */
    @InternalToServices
    public Map<Long, Instant> firstResolved(Collection<Long> requestIds) {
        if (requestIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Instant> found = new HashMap<>();
        for (Object[] row : activity.findFirstResolved(requestIds)) {
            found.put((Long) row[0], (Instant) row[1]);
        }
        return found;
    }

    /** One Monday week: requests opened and finished in it. */
    public record WeekActivity(LocalDate weekStart, long opened, long closed) {
    }
}
