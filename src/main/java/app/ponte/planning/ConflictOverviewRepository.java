package app.ponte.planning;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The open conflicts ({@link PlanningConflictRepository#OPEN}, the condition the Conflicts view's "Open" list uses,
 * so that a figure here equals the count of the list it links to), counted and listed for the dashboards. Counts
 * read {@code ix_planning_conflicts_open} (V60: active, handling, kind) instead of the active conflicts' rows.
 */
interface ConflictOverviewRepository extends JpaRepository<PlanningConflict, Long> {

    String OPEN = PlanningConflictRepository.OPEN;

    /** Open conflicts per kind, as {@code [kind, count]} rows (kinds without any are left out). */
    @Query("select c.kind, count(c) from PlanningConflict c where " + OPEN + " group by c.kind")
    List<Object[]> countOpenByKind();

    /** The open conflicts whose decision is asked by a date, the nearest first, with their item. */
    @Query("select c from PlanningConflict c join fetch c.item where " + OPEN
            + " and c.decideBy is not null order by c.decideBy, c.id")
    List<PlanningConflict> findNextDecisions(Pageable pageable);

    /**
     * Open conflicts involving one organisation, on its own requests or about its freeze windows, the nearest
     * decision first, then the newest: the same two sides as {@link ConflictActivityRepository}.
     */
    @Query("select c from PlanningConflict c join fetch c.item i where " + OPEN
            + " and (i.organisationId = :organisationId or c.affectedOrganisationId = :organisationId)"
            + " order by case when c.decideBy is null then 1 else 0 end, c.decideBy, c.detectedAt desc, c.id desc")
    List<PlanningConflict> findOpenInvolving(long organisationId, Pageable pageable);

    /** How many open conflicts involve one organisation (either side, each conflict once). */
    @Query("select count(c) from PlanningConflict c join c.item i where " + OPEN
            + " and (i.organisationId = :organisationId or c.affectedOrganisationId = :organisationId)")
    long countOpenInvolving(long organisationId);

    /**
     * Open conflicts per organisation involved, as {@code [organisationId, count]} rows: the requester's side and
     * the window owner's side joined by a UNION, which keeps one row per conflict and organisation, so a conflict
     * whose two sides are one organisation (capacity) counts once.
     */
    @Query(nativeQuery = true, value = """
            select involved.organisation_id, count(*) from (
                select i.organisation_id, c.id from planning_conflicts c join backlog_items i on i.id = c.item_id
                where c.active = true and c.handling in ('OPEN', 'DECISION_ASKED')
                union
                select c.affected_org_id, c.id from planning_conflicts c
                where c.active = true and c.handling in ('OPEN', 'DECISION_ASKED')
            ) involved group by involved.organisation_id
            """)
    List<Object[]> countOpenPerOrganisation();
}
