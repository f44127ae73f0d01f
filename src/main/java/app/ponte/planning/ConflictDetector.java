package app.ponte.planning;

import app.ponte.catalogue.FreezeCalendar;
import app.ponte.catalogue.FreezePeriod;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Finds conflicts again: for one system (every dated item on it against its freeze windows, after a window
 * changed), for some items (each against the windows of its systems, after the item or its dates changed),
 * or for capacity (scheduled work that finishes after its deadline). Conflicts found again keep their
 * handling; those not found any more become inactive. Only product requests clash with freezes: fixing a
 * fault during a freeze is the point of support.
 */
@Component
class ConflictDetector {

    private final BacklogItemRepository items;
    private final PlanningConflictRepository conflicts;
    private final FreezeCalendar calendar;
    private final ScoreRecalculation recalculation;
    private final Clock clock;

    ConflictDetector(BacklogItemRepository items, PlanningConflictRepository conflicts, FreezeCalendar calendar,
            ScoreRecalculation recalculation, Clock clock) {
        this.items = items;
        this.conflicts = conflicts;
        this.calendar = calendar;
        this.recalculation = recalculation;
        this.clock = clock;
    }

    void refreshSystem(long systemId) {
        List<FreezePeriod> windows = calendar.onSystem(systemId, recalculation.today());
        Map<String, PlanningConflict> known = new HashMap<>();
        conflicts.findOnSystem(systemId, ConflictKind.CAPACITY).forEach(c -> known.put(key(c), c));
        Map<String, PlanningConflict> seen = new HashMap<>();
        if (!windows.isEmpty()) {
            for (BacklogItem item : items.findDatedOnSystem(systemId)) {
                collide(item, systemId, windows, known, seen);
            }
        }
        retire(known, seen);
    }

    /** The freeze conflicts of these items, whatever their systems. */
    void refreshItems(Collection<BacklogItem> changed) {
        if (changed.isEmpty()) {
            return;
        }
        Map<Long, List<FreezePeriod>> windowsBySystem = new HashMap<>();
        Map<String, PlanningConflict> known = new HashMap<>();
        conflicts.findForItems(changed.stream().map(BacklogItem::getId).collect(Collectors.toSet()),
                ConflictKind.CAPACITY).forEach(c -> known.put(key(c), c));
        Map<String, PlanningConflict> seen = new HashMap<>();
        for (BacklogItem item : changed) {
            if (item.getLane() != Lane.PRODUCT || !item.isOpen()) {
                continue;
            }
            for (long systemId : item.getSystemIds()) {
                List<FreezePeriod> windows = windowsBySystem.computeIfAbsent(systemId,
                        id -> calendar.onSystem(id, recalculation.today()));
                collide(item, systemId, windows, known, seen);
            }
        }
        retire(known, seen);
    }

    /** Scheduled work that finishes after its deadline. */
    void refreshCapacity() {
        Instant now = clock.instant();
        Map<Long, PlanningConflict> known = new HashMap<>();
        conflicts.findByKind(ConflictKind.CAPACITY).forEach(c -> known.put(c.getItem().getId(), c));
        Map<Long, PlanningConflict> seen = new HashMap<>();
        for (BacklogItem item : items.findScheduled()) {
            LocalDate deadline = item.getDeadline();
            LocalDate finish = item.getPlannedFinish();
            if (item.isAccepted() && deadline != null && finish != null && finish.isAfter(deadline)) {
                PlanningConflict conflict = known.getOrDefault(item.getId(),
                        new PlanningConflict(ConflictKind.CAPACITY, item, PlanningConflict.NO_WINDOW, now));
                conflict.found(null, item.getOrganisationId(), deadline, finish, now);
                seen.put(item.getId(), conflicts.save(conflict));
            }
        }
        known.values().stream().filter(c -> c.isActive() && !seen.containsKey(c.getItem().getId()))
                .forEach(c -> c.gone(now));
        conflicts.flush();
    }

    private void collide(BacklogItem item, long systemId, List<FreezePeriod> windows,
            Map<String, PlanningConflict> known, Map<String, PlanningConflict> seen) {
        Instant now = clock.instant();
        for (FreezePeriod window : windows) {
            ConflictKind kind = collision(item, window);
            if (kind != null) {
                String key = key(kind, item.getId(), window.id());
                PlanningConflict conflict = known.getOrDefault(key, new PlanningConflict(kind, item, window.id(), now));
                conflict.found(systemId, window.organisationId(), window.startsOn(), window.endsOn(), now);
                seen.put(key, conflicts.save(conflict));
            }
        }
    }

    private void retire(Map<String, PlanningConflict> known, Map<String, PlanningConflict> seen) {
        Instant now = clock.instant();
        known.entrySet().stream().filter(e -> e.getValue().isActive() && !seen.containsKey(e.getKey()))
                .forEach(e -> e.getValue().gone(now));
        conflicts.flush();
    }

    private static @Nullable ConflictKind collision(BacklogItem item, FreezePeriod window) {
        if (item.isAccepted()) {
            LocalDate start = item.getPlannedStart();
            LocalDate finish = item.getPlannedFinish();
            boolean overlaps = start != null && finish != null && !start.isAfter(window.endsOn())
                    && !finish.isBefore(window.startsOn());
            return overlaps ? ConflictKind.FREEZE_PLANNED : null;
        }
        LocalDate asked = item.askedDate();
        boolean clashes = asked != null && window.organisationId() != item.getOrganisationId()
                && !asked.isBefore(window.startsOn()) && !asked.isAfter(window.endsOn());
        return clashes ? ConflictKind.FREEZE_CLASH : null;
    }

    private static String key(PlanningConflict conflict) {
        return key(conflict.getKind(), conflict.getItem().getId(), conflict.getFreezeWindowId());
    }

    private static String key(ConflictKind kind, long itemId, long windowId) {
        return kind + ":" + itemId + ":" + windowId;
    }
}
