package app.ponte.planning;

import app.ponte.catalogue.FreezeCalendar;
import app.ponte.catalogue.FreezePeriod;
import app.ponte.catalogue.FreezeWindowsChanged;
import app.ponte.request.RequestPlanningFacts;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the backlog in step with requests and freeze windows, inside the transaction of the change: the
 * item's copy and points, its deadline, its score, the schedule when accepted work changed, and the
 * conflicts of the items involved. Incremental by design: one request changes one row, a replan within
 * the horizon, and the conflicts of the items whose dates moved.
 */
@Component
@Transactional
class BacklogKeeper {

    private final BacklogItemRepository items;
    private final OrganisationWeightRepository organisationWeights;
    private final FreezeCalendar calendar;
    private final ScoreRecalculation recalculation;
    private final Scheduler scheduler;
    private final ConflictDetector detector;
    private final EntityManager entityManager;

    BacklogKeeper(BacklogItemRepository items, OrganisationWeightRepository organisationWeights,
            FreezeCalendar calendar, ScoreRecalculation recalculation, Scheduler scheduler,
            ConflictDetector detector, EntityManager entityManager) {
        this.items = items;
        this.organisationWeights = organisationWeights;
        this.calendar = calendar;
        this.recalculation = recalculation;
        this.scheduler = scheduler;
        this.detector = detector;
        this.entityManager = entityManager;
    }

    @EventListener
    void requestChanged(RequestPlanningFacts facts) {
        BacklogItem item = items.findByRequestId(facts.requestId()).orElseGet(() -> new BacklogItem(facts));
        boolean wasAccepted = item.isAccepted();
        item.copy(facts, organisationWeights.findByOrganisationId(facts.organisationId())
                .map(OrganisationWeight::getWeight).orElse(BigDecimal.ONE));
        rescored(item, wasAccepted);
    }

    @EventListener
    void freezeWindowsChanged(FreezeWindowsChanged change) {
        List<FreezePeriod> windows = calendar.ofOrganisation(change.organisationId(), recalculation.today());
        for (BacklogItem item : items.findOpenOfOrganisationOnSystem(change.organisationId(), change.systemId())) {
            LocalDate before = item.getDeadline();
            refreshDeadline(item, windows);
            if (!Objects.equals(before, item.getDeadline())) {
                scoreAfresh(items.saveAndFlush(item));
            }
        }
        detector.refreshCapacity();
        detector.refreshSystem(change.systemId());
    }

    /**
     * After an item changed (its request, the team's inputs, a target date, a manual place): its score, the
     * schedule when accepted work is involved, and the conflicts of the item and of every item whose dates
     * moved (conflicts on systems the item no longer touches end there too).
     */
    void rescored(BacklogItem item, boolean wasAccepted) {
        refreshDeadline(item);
        BacklogItem saved = scoreAfresh(items.saveAndFlush(item));
        List<BacklogItem> changed = new ArrayList<>(List.of(saved));
        if (wasAccepted || saved.isAccepted()) {
            scheduler.replan().stream().filter(i -> !i.getId().equals(saved.getId())).forEach(changed::add);
            detector.refreshCapacity();
        }
        detector.refreshItems(changed);
    }

    /** After scores changed in SQL for many items: places accepted work again and finds its conflicts. */
    void replanAll() {
        entityManager.clear();
        detector.refreshItems(scheduler.replan());
        detector.refreshCapacity();
    }

    /** The score is written in SQL: the managed item is read again before anything ranks it. */
    private BacklogItem scoreAfresh(BacklogItem item) {
        recalculation.item(item.getId());
        entityManager.refresh(item);
        return item;
    }

    /**
     * The date urgency counts towards: the team's target or the desired date, pulled to the day before the
     * requester's own freeze window on a touched system when that window starts first; a window already
     * running cannot be beaten and does not pull.
     */
    private void refreshDeadline(BacklogItem item) {
        if (item.askedDate() == null) {
            item.setDeadline(null, null);
            return;
        }
        refreshDeadline(item, requesterWindows(item));
    }

    /** The start of the requester's own window that pulled the item's deadline earlier, if one did. */
    @Nullable LocalDate deadlineFreezeStart(BacklogItem item) {
        Long freezeId = item.getDeadlineFreezeId();
        if (freezeId == null) {
            return null;
        }
        return requesterWindows(item).stream().filter(w -> w.id() == freezeId).map(FreezePeriod::startsOn)
                .findFirst().orElse(null);
    }

    /** The requester's own windows on the systems the item touches, running or to come. */
    private List<FreezePeriod> requesterWindows(BacklogItem item) {
        return calendar.ofOrganisation(item.getOrganisationId(), item.getSystemIds(), recalculation.today());
    }

    /** {@code windows}: the requester's windows running or to come, on the item's systems or more. */
    private void refreshDeadline(BacklogItem item, List<FreezePeriod> windows) {
        LocalDate asked = item.askedDate();
        if (asked == null) {
            item.setDeadline(null, null);
            return;
        }
        LocalDate today = recalculation.today();
        windows.stream()
                .filter(w -> item.getSystemIds().contains(w.systemId()))
                .filter(w -> w.startsOn().isAfter(today) && !w.startsOn().isAfter(asked))
                .min(Comparator.comparing(FreezePeriod::startsOn))
                .ifPresentOrElse(w -> item.setDeadline(w.startsOn().minusDays(1), w.id()),
                        () -> item.setDeadline(asked, null));
    }
}
