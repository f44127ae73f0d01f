package app.ponte.planning;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanningConflictRepository extends JpaRepository<PlanningConflict, Long> {

    /**
     * Open: found now and not decided yet (the team has neither accepted the risk nor re-scheduled; an asked
     * decision is still open). Said once for the Conflicts view's "Open" list and the dashboards' figures.
     */
    String OPEN = """
            c.active = true and c.handling in (app.ponte.planning.ConflictHandling.OPEN,
                                               app.ponte.planning.ConflictHandling.DECISION_ASKED)
            """;

    /** Conflicts about a system's windows, active or not: the refresh compares them with what it finds. */
    @Query("select c from PlanningConflict c where c.systemId = :systemId and c.kind <> :except")
    List<PlanningConflict> findOnSystem(long systemId, ConflictKind except);

    List<PlanningConflict> findByKind(ConflictKind kind);

    /** Conflicts about windows for some items, active or not. */
    @Query("select c from PlanningConflict c where c.item.id in :itemIds and c.kind <> :except")
    List<PlanningConflict> findForItems(Collection<Long> itemIds, ConflictKind except);

    @Query("""
            select c from PlanningConflict c join fetch c.item
            where c.active = true and (:kind is null or c.kind = :kind) order by c.detectedAt desc, c.id desc
            """)
    Slice<PlanningConflict> findActive(ConflictKind kind, Pageable pageable);

    /** The open conflicts, of one kind or all ({@code kind} null), newest first. */
    @Query("select c from PlanningConflict c join fetch c.item where " + OPEN
            + " and (:kind is null or c.kind = :kind) order by c.detectedAt desc, c.id desc")
    Slice<PlanningConflict> findOpen(ConflictKind kind, Pageable pageable);

    /** Conflicts the team decided (risk accepted, re-scheduled) or that went away, latest change first. */
    @Query("""
            select c from PlanningConflict c join fetch c.item
            where (c.active = false or c.handling in (app.ponte.planning.ConflictHandling.RISK_ACCEPTED,
                                                      app.ponte.planning.ConflictHandling.RESCHEDULED))
              and (:kind is null or c.kind = :kind)
            order by c.updatedAt desc, c.id desc
            """)
    Slice<PlanningConflict> findResolved(ConflictKind kind, Pageable pageable);

    @Query("""
            select c from PlanningConflict c
            where c.active = true and c.item.requestId = :requestId order by c.id
            """)
    List<PlanningConflict> findActiveForRequest(long requestId);
}
