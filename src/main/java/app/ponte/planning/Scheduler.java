package app.ponte.planning;

import app.ponte.organisation.PersonOption;
import app.ponte.organisation.TeamDirectory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Keeps accepted work placed on the calendar ({@link Schedule}) and tells what a re-ranking would change. */
@Component
class Scheduler {

    private final BacklogItemRepository items;
    private final TeamCapacityRepository capacities;
    private final TeamDirectory team;
    private final ScoreRecalculation recalculation;

    Scheduler(BacklogItemRepository items, TeamCapacityRepository capacities, TeamDirectory team,
            ScoreRecalculation recalculation) {
        this.items = items;
        this.capacities = capacities;
        this.team = team;
        this.recalculation = recalculation;
    }

    /** Days a week the active team gives to requests. */
    BigDecimal teamDaysPerWeek() {
        Set<Long> active = team.activeTeamPeople().stream().map(PersonOption::accountId).collect(Collectors.toSet());
        return capacities.findAll().stream().filter(c -> active.contains(c.getAccountId()))
                .map(TeamCapacity::getDaysPerWeek).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Places accepted work again; returns the systems of the items whose dates changed. */
    Set<Long> replan() {
        List<BacklogItem> ranked = items.findAcceptedRanked();
        Map<Long, Schedule.Slot> slots = Schedule.plan(work(ranked), teamDaysPerWeek(), recalculation.today());
        Set<Long> systems = new HashSet<>();
        for (BacklogItem item : ranked) {
            Schedule.Slot slot = slots.get(item.getId());
            boolean changed = slot == null ? item.schedule(null, null, null)
                    : item.schedule(slot.start(), slot.finish(), slot.latestFinish());
            if (changed) {
                systems.addAll(item.getSystemIds());
            }
        }
        items.flush();
        return systems;
    }

    /**
     * What the schedule would be if the item had another score, compared with now: the accepted items that
     * would finish later, and by how many days.
     */
    List<Slip> slipsIf(BacklogItem moved, double newScore) {
        List<BacklogItem> ranked = new ArrayList<>(items.findAcceptedRanked());
        if (!moved.isAccepted()) {
            return List.of();
        }
        Comparator<BacklogItem> order = Comparator.comparingDouble(
                (BacklogItem i) -> i.getId().equals(moved.getId()) ? newScore : i.getEffectiveScore()).reversed()
                .thenComparing(BacklogItem::getId);
        ranked.sort(order);
        Map<Long, Schedule.Slot> after = Schedule.plan(work(ranked), teamDaysPerWeek(), recalculation.today());
        List<Slip> slips = new ArrayList<>();
        for (BacklogItem item : ranked) {
            Schedule.Slot slot = after.get(item.getId());
            LocalDate before = item.getPlannedFinish();
            if (slot != null && before != null && slot.finish().isAfter(before)) {
                slips.add(new Slip(item.getRequestId(), item.getTitle(), item.getOrganisation().getName(), before,
                        slot.finish(), (int) ChronoUnit.DAYS.between(before, slot.finish())));
            }
        }
        return slips;
    }

    private static List<Schedule.Work> work(List<BacklogItem> ranked) {
        return ranked.stream().map(i -> new Schedule.Work(i.getId(), i.likelyDays(), i.pessimisticDays())).toList();
    }
}
