package app.ponte.planning;

import app.ponte.organisation.OrganisationNames;
import app.ponte.organisation.PersonOption;
import app.ponte.organisation.TeamDirectory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Keeps accepted work placed on the calendar ({@link Schedule}) within the planning horizon, and tells what
 * a re-ranking would change. Work ranked beyond what the team can do in {@link #HORIZON_WEEKS} weeks gets no
 * dates: promising those would be fiction, and leaving them out keeps a replan to a few hundred rows however
 * long the backlog grows.
 */
@Component
class Scheduler {

    static final int HORIZON_WEEKS = 52;
    private static final int PAGE = 200;

    private final BacklogItemRepository items;
    private final TeamCapacityRepository capacities;
    private final TeamDirectory team;
    private final OrganisationNames names;
    private final ScoreRecalculation recalculation;
    private final PromisedDates promised;

    Scheduler(BacklogItemRepository items, TeamCapacityRepository capacities, TeamDirectory team,
            OrganisationNames names, ScoreRecalculation recalculation, PromisedDates promised) {
        this.items = items;
        this.promised = promised;
        this.capacities = capacities;
        this.team = team;
        this.names = names;
        this.recalculation = recalculation;
    }

    /** Days a week the active team gives to requests. */
    BigDecimal teamDaysPerWeek() {
        Set<Long> active = team.activeTeamPeople().stream().map(PersonOption::accountId).collect(Collectors.toSet());
        return capacities.findAll().stream().filter(c -> active.contains(c.getAccountId()))
                .map(TeamCapacity::getDaysPerWeek).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Places accepted work again; returns the items whose dates changed. */
    List<BacklogItem> replan() {
        BigDecimal capacity = teamDaysPerWeek();
        List<BacklogItem> ranked = withinHorizon(capacity);
        Map<Long, Schedule.Slot> slots = Schedule.plan(work(ranked), capacity, recalculation.today());
        Map<Long, BacklogItem> changed = new HashMap<>();
        for (BacklogItem item : ranked) {
            Schedule.Slot slot = slots.get(item.getId());
            boolean moved = slot == null ? item.schedule(null, null, null)
                    : item.schedule(slot.start(), slot.finish(), slot.latestFinish());
            if (moved) {
                changed.put(item.getId(), item);
            }
        }
        for (BacklogItem item : items.findScheduled()) {
            if (!slots.containsKey(item.getId()) && item.schedule(null, null, null)) {
                changed.put(item.getId(), item);
            }
        }
        items.flush();
        return List.copyOf(changed.values());
    }

    /**
     * What the schedule would be if the item had another score, compared with now: the accepted items that
     * would finish later, and by how many days, and which of them would then miss a date promised to their
     * organisation or their deadline that they meet now.
     */
    List<Slip> slipsIf(BacklogItem moved, double newScore) {
        if (!moved.isAccepted()) {
            return List.of();
        }
        BigDecimal capacity = teamDaysPerWeek();
        List<BacklogItem> ranked = new ArrayList<>(withinHorizon(capacity));
        if (ranked.stream().noneMatch(i -> i.getId().equals(moved.getId()))) {
            ranked.add(moved);
        }
        ranked.sort(Comparator.comparingDouble(
                (BacklogItem i) -> i.getId().equals(moved.getId()) ? newScore : i.getEffectiveScore()).reversed()
                .thenComparing(BacklogItem::getId, Comparator.reverseOrder()));
        Map<Long, Schedule.Slot> after = Schedule.plan(work(ranked), capacity, recalculation.today());
        List<BacklogItem> later = ranked.stream().filter(item -> {
            Schedule.Slot slot = after.get(item.getId());
            LocalDate before = item.getPlannedFinish();
            return slot != null && before != null && slot.finish().isAfter(before);
        }).toList();
        Map<Long, String> organisations = names.names(later.stream().map(BacklogItem::getOrganisationId)
                .collect(Collectors.toSet()));
        Map<Long, LocalDate> promises = promised.earliestOpenPromises(later.stream().map(BacklogItem::getRequestId)
                .toList());
        return later.stream().map(item -> {
            LocalDate before = item.getPlannedFinish();
            LocalDate finish = after.get(item.getId()).finish();
            LocalDate promise = promises.get(item.getRequestId());
            return new Slip(item.getRequestId(), item.getTitle(), organisations.get(item.getOrganisationId()), before,
                    finish, (int) ChronoUnit.DAYS.between(before, finish),
                    Slip.breaks(promise, before, finish) ? promise : null,
                    Slip.breaks(item.getDeadline(), before, finish) ? item.getDeadline() : null);
        }).toList();
    }

    /** Accepted work, best first, as far as the team's capacity reaches within the horizon. */
    private List<BacklogItem> withinHorizon(BigDecimal capacity) {
        BigDecimal reach = capacity.multiply(BigDecimal.valueOf(HORIZON_WEEKS));
        List<BacklogItem> ranked = new ArrayList<>();
        BigDecimal planned = BigDecimal.ZERO;
        for (int page = 0; planned.compareTo(reach) < 0; page++) {
            List<BacklogItem> next = items.findAcceptedRanked(PageRequest.of(page, PAGE));
            for (BacklogItem item : next) {
                if (planned.compareTo(reach) >= 0) {
                    break;
                }
                ranked.add(item);
                planned = planned.add(item.likelyDays());
            }
            if (next.size() < PAGE) {
                break;
            }
        }
        return ranked;
    }

    private static List<Schedule.Work> work(List<BacklogItem> ranked) {
        return ranked.stream().map(i -> new Schedule.Work(i.getId(), i.likelyDays(), i.pessimisticDays())).toList();
    }
}
