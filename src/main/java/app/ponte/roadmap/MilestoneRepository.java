package app.ponte.roadmap;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MilestoneRepository extends JpaRepository<Milestone, Long> {

    /** Whether a request is already delivered by some milestone. */
    @Query("select count(m) > 0 from Milestone m join m.requests r where r.requestId = :requestId")
    boolean linksRequest(long requestId);

    List<Milestone> findByInitiativeId(long initiativeId);

    /** The requests an initiative's milestones deliver, in one query. */
    @Query("select r.requestId from Milestone m join m.requests r where m.initiative.id = :initiativeId")
    List<Long> findLinkedRequestIds(long initiativeId);

    /** The requests the initiatives' milestones deliver or will deliver (cancelled milestones left out). */
    @Query("""
            select new app.ponte.roadmap.InitiativeRequest(m.initiative.id, r.requestId)
            from Milestone m join m.requests r
            where m.initiative.id in :initiativeIds and m.status <> app.ponte.roadmap.DeliveryStatus.CANCELLED
            """)
    List<InitiativeRequest> findRequestsOfInitiatives(Collection<Long> initiativeIds);

    @Query("select m from Milestone m where m.initiative.id in :initiativeIds order by m.initiative.id, m.id")
    List<Milestone> findOfInitiatives(Collection<Long> initiativeIds);
}
