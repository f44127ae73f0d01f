package app.ponte.planning;

import app.ponte.catalogue.FreezeCalendar;
import app.ponte.catalogue.FreezeWindowEntry;
import app.ponte.catalogue.FreezeWindowsChanged;
import app.ponte.organisation.Organisation;
import app.ponte.request.RequestPlanningFacts;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the backlog in step with requests and freeze windows, inside the transaction of the change: the
 * item's copy and points, its deadline, its score, the schedule when accepted work changed, and the
 * conflicts of every system involved. Incremental by design: one request changes one row, one replan
 * and the conflicts of its systems.
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
        BacklogItem item = items.findByRequestId(facts.requestId()).orElseGet(() -> new BacklogItem(facts,
                entityManager.getReference(Organisation.class, facts.organisationId())));
        Set<Long> systems = new HashSet<>(item.getSystemIds());
        boolean wasAccepted = item.isAccepted();
        item.copy(facts, organisationWeights.findByOrganisationId(facts.organisationId())
                .map(OrganisationWeight::getWeight).orElse(BigDecimal.ONE));
        systems.addAll(item.getSystemIds());
        rescored(item, wasAccepted, systems);
    }

    @EventListener
    void freezeWindowsChanged(FreezeWindowsChanged change) {
        Set<Long> systems = new HashSet<>(Set.of(change.systemId()));
        boolean acceptedMoved = false;
        for (BacklogItem item : items.findOpenOfOrganisationOnSystem(change.organisationId(), change.systemId())) {
            refreshDeadline(item);
            scoreAfresh(items.saveAndFlush(item));
            acceptedMoved |= item.isAccepted();
        }
        if (acceptedMoved) {
            systems.addAll(scheduler.replan());
            detector.refreshCapacity();
        }
        detector.refreshSystems(systems);
    }

    /** After the team changed an item (inputs, target date, manual place): score, schedule, conflicts. */
    void rescored(BacklogItem item, boolean wasAccepted, Set<Long> systems) {
        refreshDeadline(item);
        BacklogItem saved = scoreAfresh(items.saveAndFlush(item));
        Set<Long> touched = new HashSet<>(systems);
        if (wasAccepted || saved.isAccepted()) {
            touched.addAll(scheduler.replan());
            detector.refreshCapacity();
        }
        detector.refreshSystems(touched);
    }

    /** After scores changed in SQL for many items: places accepted work again and finds its conflicts. */
    void replanAll() {
        entityManager.clear();
        Set<Long> systems = scheduler.replan();
        detector.refreshCapacity();
        detector.refreshSystems(systems);
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
        LocalDate asked = item.askedDate();
        if (asked == null) {
            item.setDeadline(null, null);
            return;
        }
        LocalDate today = recalculation.today();
        calendar.ofOrganisation(item.getOrganisation().getId(), item.getSystemIds(), today).stream()
                .filter(w -> w.startsOn().isAfter(today) && !w.startsOn().isAfter(asked))
                .min(Comparator.comparing(FreezeWindowEntry::startsOn))
                .ifPresentOrElse(w -> item.setDeadline(w.startsOn().minusDays(1), w.id()),
                        () -> item.setDeadline(asked, null));
    }
}
