package app.ponte.planning;

import app.ponte.catalogue.FreezeCalendar;
import app.ponte.catalogue.FreezeWindowEntry;
import app.ponte.catalogue.OperatedSystem;
import app.ponte.organisation.Organisation;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Finds conflicts again for one system (freeze windows against open changes and scheduled work), or for
 * capacity (accepted work that finishes after its date). Conflicts found again keep their handling; those
 * not found any more become inactive. Only product requests clash with freezes: fixing a fault during a
 * freeze is the point of support.
 */
@Component
class ConflictDetector {

    private final BacklogItemRepository items;
    private final PlanningConflictRepository conflicts;
    private final FreezeCalendar calendar;
    private final ScoreRecalculation recalculation;
    private final EntityManager entityManager;
    private final Clock clock;

    ConflictDetector(BacklogItemRepository items, PlanningConflictRepository conflicts, FreezeCalendar calendar,
            ScoreRecalculation recalculation, EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.items = items;
        this.conflicts = conflicts;
        this.calendar = calendar;
        this.recalculation = recalculation;
        this.clock = clock;
    }

    void refreshSystems(Collection<Long> systemIds) {
        systemIds.forEach(this::refreshSystem);
    }

    void refreshSystem(long systemId) {
        LocalDate today = recalculation.today();
        Instant now = clock.instant();
        List<FreezeWindowEntry> windows = calendar.onSystem(systemId, today);
        Map<String, PlanningConflict> known = new HashMap<>();
        conflicts.findOnSystem(systemId, ConflictKind.CAPACITY).forEach(c -> known.put(key(c), c));
        Map<String, PlanningConflict> seen = new HashMap<>();
        if (!windows.isEmpty()) {
            for (BacklogItem item : items.findOpenOnSystem(systemId)) {
                if (item.getLane() != Lane.PRODUCT) {
                    continue;
                }
                for (FreezeWindowEntry window : windows) {
                    ConflictKind kind = collision(item, window);
                    if (kind != null) {
                        String key = key(kind, item.getId(), window.id());
                        PlanningConflict conflict = known.getOrDefault(key,
                                new PlanningConflict(kind, item, window.id(), now));
                        conflict.found(entityManager.getReference(OperatedSystem.class, systemId),
                                entityManager.getReference(Organisation.class, window.organisationId()),
                                window.startsOn(), window.endsOn(), now);
                        seen.put(key, conflicts.save(conflict));
                    }
                }
            }
        }
        known.values().stream().filter(c -> c.isActive() && !seen.containsKey(key(c))).forEach(c -> c.gone(now));
        conflicts.flush();
    }

    /** Accepted work that the schedule finishes after its deadline. */
    void refreshCapacity() {
        Instant now = clock.instant();
        Map<Long, PlanningConflict> known = new HashMap<>();
        conflicts.findByKind(ConflictKind.CAPACITY).forEach(c -> known.put(c.getItem().getId(), c));
        Map<Long, PlanningConflict> seen = new HashMap<>();
        for (BacklogItem item : items.findAcceptedRanked()) {
            LocalDate deadline = item.getDeadline();
            LocalDate finish = item.getPlannedFinish();
            if (deadline != null && finish != null && finish.isAfter(deadline)) {
                PlanningConflict conflict = known.getOrDefault(item.getId(),
                        new PlanningConflict(ConflictKind.CAPACITY, item, PlanningConflict.NO_WINDOW, now));
                conflict.found(null, item.getOrganisation(), deadline, finish, now);
                seen.put(item.getId(), conflicts.save(conflict));
            }
        }
        known.values().stream().filter(c -> c.isActive() && !seen.containsKey(c.getItem().getId()))
                .forEach(c -> c.gone(now));
        conflicts.flush();
    }

    private static @Nullable ConflictKind collision(BacklogItem item, FreezeWindowEntry window) {
        if (item.isAccepted()) {
            LocalDate start = item.getPlannedStart();
            LocalDate finish = item.getPlannedFinish();
            boolean overlaps = start != null && finish != null && !start.isAfter(window.endsOn())
                    && !finish.isBefore(window.startsOn());
            return overlaps ? ConflictKind.FREEZE_PLANNED : null;
        }
        LocalDate asked = item.askedDate();
        boolean clashes = asked != null && window.organisationId() != item.getOrganisation().getId()
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
