package app.ponte.roadmap;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MilestoneRepository extends JpaRepository<Milestone, Long> {

    /**
     * The one rule of who reads a milestone {@code m} of an initiative {@code i} (its title, what it delivers, its
     * date and the reason for it, its changelog entry): the organisation {@code :reader} reads the milestones
     * delivering one of its requests, and the public ones of an initiative it sees
     * ({@link InitiativeRepository#SEEN_BY}); the team reads every one. A JPQL condition, said once for every query that shows milestones to a reader.
     */
    String READ_BY = "(exists (select 1 from Milestone own join own.requests ownRequest"
            + " where own = m and ownRequest.organisationId = :reader)"
            + " or (m.publicItem = true and " + InitiativeRepository.SEEN_BY + "))";

    /** Whether a request is already delivered by some milestone. */
    @Query("select count(m) > 0 from Milestone m join m.requests r where r.requestId = :requestId")
    boolean linksRequest(long requestId);

    List<Milestone> findByInitiativeId(long initiativeId);

    /** The requests an initiative's milestones deliver, in one query. */
    @Query("select r.requestId from Milestone m join m.requests r where m.initiative.id = :initiativeId")
    List<Long> findLinkedRequestIds(long initiativeId);

    /** The organisations whose requests an initiative's milestones deliver (cancelled ones included). */
    @Query("select distinct r.organisationId from Milestone m join m.requests r where m.initiative.id = :initiativeId")
    List<Long> findOrganisationsOfInitiative(long initiativeId);

    /** The requests the initiatives' milestones deliver or will deliver (cancelled milestones left out). */
    @Query("""
            select new app.ponte.roadmap.InitiativeRequest(m.initiative.id, r.requestId)
            from Milestone m join m.requests r
            where m.initiative.id in :initiativeIds and m.status <> app.ponte.roadmap.DeliveryStatus.CANCELLED
            """)
    List<InitiativeRequest> findRequestsOfInitiatives(Collection<Long> initiativeIds);

    /** The initiatives' milestones the organisation {@code reader} reads ({@link #READ_BY}); all when it is null. */
    @Query("select m from Milestone m join m.initiative i where i.id in :initiativeIds"
            + " and (:reader is null or " + READ_BY + ")"
            + " order by i.id, m.id")
    List<Milestone> findOfInitiatives(Collection<Long> initiativeIds, @Nullable Long reader);

    /** The milestones delivering a request (cancelled ones left out), newest first, with their initiative. */
    @Query("""
            select m from Milestone m join fetch m.initiative join m.requests r
            where r.requestId = :requestId and m.status <> app.ponte.roadmap.DeliveryStatus.CANCELLED
            order by m.id desc
            """)
    List<Milestone> findDelivering(long requestId);

    /**
     * The days committed for open milestones delivering these requests; only the requests of {@code organisationId}
     * when it is not null.
     */
    @Query("""
            select new app.ponte.roadmap.RequestDay(r.requestId, m.committedOn)
            from Milestone m join m.requests r
            where r.requestId in :requestIds and m.committedOn is not null
              and m.status <> app.ponte.roadmap.DeliveryStatus.CANCELLED
              and m.status <> app.ponte.roadmap.DeliveryStatus.DELIVERED
              and (:organisationId is null or r.organisationId = :organisationId)
            """)
    List<RequestDay> findCommittedDays(Collection<Long> requestIds, @Nullable Long organisationId);

    /** The requests these milestones deliver; only those of {@code organisationId} when it is not null. */
    @Query("""
            select new app.ponte.roadmap.MilestoneRequest(m.id, r.requestId)
            from Milestone m join m.requests r
            where m.id in :milestoneIds and (:organisationId is null or r.organisationId = :organisationId)
            order by r.requestId
            """)
    List<MilestoneRequest> findRequestsOfMilestones(Collection<Long> milestoneIds, @Nullable Long organisationId);
}
