package app.ponte.planning;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Conflicts found or decided in a window ({@code [since, until)}) that involve one organisation: on its own
 * requests (through its backlog items, {@code ix_backlog_items_organisation}, then {@code ix_planning_conflicts_item})
 * or about its freeze windows ({@code ix_planning_conflicts_affected}, V55). Decided means risk accepted or
 * re-scheduled; asking for a decision is not one.
 */
interface ConflictActivityRepository extends JpaRepository<PlanningConflict, Long> {

    String IN_WINDOW = """
            ((c.detectedAt >= :since and c.detectedAt < :until)
             or (c.handledAt >= :since and c.handledAt < :until
                 and c.handling in (app.ponte.planning.ConflictHandling.RISK_ACCEPTED,
                                    app.ponte.planning.ConflictHandling.RESCHEDULED)))
            """;

    @Query("select c from PlanningConflict c join fetch c.item i where i.organisationId = :organisationId and "
            + IN_WINDOW + " order by c.id")
    List<PlanningConflict> findOnRequestsOf(long organisationId, Instant since, Instant until);

    @Query("select c from PlanningConflict c join fetch c.item i where c.affectedOrganisationId = :organisationId"
            + " and i.organisationId <> :organisationId and " + IN_WINDOW + " order by c.id")
    List<PlanningConflict> findAboutWindowsOf(long organisationId, Instant since, Instant until);
}
