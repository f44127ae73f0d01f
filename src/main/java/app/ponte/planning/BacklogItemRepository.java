package app.ponte.planning;

import app.ponte.request.RequestKind;
import app.ponte.request.RequestStatus;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BacklogItemRepository extends JpaRepository<BacklogItem, Long> {

    Optional<BacklogItem> findByRequestId(long requestId);

    /** Accepted work, best first, a page at a time: the order the schedule follows. */
    @Query("select i from BacklogItem i where i.accepted = true order by i.effectiveScore desc, i.id desc")
    List<BacklogItem> findAcceptedRanked(Pageable pageable);

    /** Items the schedule gave dates: those within the planning horizon. */
    @Query("select i from BacklogItem i where i.plannedFinish is not null")
    List<BacklogItem> findScheduled();

    /**
     * The likely days of the work the schedule placed ({@code ix_backlog_items_scheduled}: a few hundred rows within
     * the horizon), an unassessed item counting {@code unassessed} days as the schedule counts it.
     */
    @Query("""
            select coalesce(sum(coalesce(i.effortLikely, :unassessed)), 0) from BacklogItem i
            where i.plannedFinish is not null
            """)
    BigDecimal sumScheduledLikelyDays(BigDecimal unassessed);

    /**
     * Product items touching a system that can collide with a freeze: scheduled work, or open asks with a
     * date. Items without a date and beyond the horizon cannot. No {@code distinct}: an item touches a
     * system once (the key of backlog_item_systems), and a distinct over whole rows costs more than the query.
     */
    @Query("""
            select i from BacklogItem i join i.systemIds s
            where s = :systemId and i.open = true and i.lane = app.ponte.planning.Lane.PRODUCT
              and (i.plannedStart is not null
                   or (i.accepted = false and (i.desiredDate is not null or i.targetDate is not null)))
            """)
    List<BacklogItem> findDatedOnSystem(long systemId);

    /** An organisation's open items with a date touching a system: their deadlines follow its freeze windows. */
    @Query("""
            select i from BacklogItem i join i.systemIds s
            where s = :systemId and i.open = true and i.organisationId = :organisationId
              and (i.desiredDate is not null or i.targetDate is not null)
            """)
    List<BacklogItem> findOpenOfOrganisationOnSystem(long organisationId, long systemId);

    /** One board page of ids, best first; only the filters given take part. */
    @Query("""
            select i.id from BacklogItem i
            where i.open = true and i.lane = :lane
              and (:organisationId is null or i.organisationId = :organisationId)
              and (:status is null or i.status = :status)
              and (:kind is null or i.kind = :kind)
            order by i.effectiveScore desc, i.id desc
            """)
    List<Long> findBoardIds(Lane lane, Long organisationId, RequestStatus status, RequestKind kind,
            Pageable pageable);

    /**
     * One board page of the items touching a system: driven from the system's items (a few thousand), not
     * by walking the whole lane in order until fifty of them turn up.
     */
    @Query("""
            select i.id from BacklogItem i join i.systemIds s
            where s = :systemId and i.open = true and i.lane = :lane
              and (:organisationId is null or i.organisationId = :organisationId)
              and (:status is null or i.status = :status)
              and (:kind is null or i.kind = :kind)
            order by i.effectiveScore desc, i.id desc
            """)
    List<Long> findBoardIdsOnSystem(long systemId, Lane lane, Long organisationId, RequestStatus status,
            RequestKind kind, Pageable pageable);

    /** The other open items of a lane whose title holds some text (lower case pattern), best first. */
    @Query("""
            select i.id from BacklogItem i
            where i.open = true and i.lane = :lane and i.id <> :except and lower(i.title) like :pattern escape '!'
            order by i.effectiveScore desc, i.id desc
            """)
    List<Long> findOthersTitled(Lane lane, long except, String pattern, Pageable pageable);

    @EntityGraph(attributePaths = "systemIds")
    List<BacklogItem> findByRequestIdIn(Collection<Long> requestIds);

    @Query("""
            select new app.ponte.planning.PlannedFinish(i.requestId, i.plannedFinish, i.latestFinish)
            from BacklogItem i
            where i.requestId in :requestIds and i.plannedFinish is not null
            """)
    List<PlannedFinish> findPlannedFinishes(Collection<Long> requestIds);

    @Query("""
            select new app.ponte.planning.RequestEffort(i.requestId, i.effortLikely, i.effortPessimistic)
            from BacklogItem i
            where i.requestId in :requestIds and i.effortLikely is not null and i.effortPessimistic is not null
            """)
    List<RequestEffort> findEfforts(Collection<Long> requestIds);

    List<BacklogItem> findByIdIn(Collection<Long> ids);

    /**
     * How many open items of the lane rank above a score. Ties go to the newer request (higher id): both
     * columns descending, so that MariaDB walks the board index backwards instead of sorting the lane.
     */
    @Query("""
            select count(i) from BacklogItem i where i.open = true and i.lane = :lane
              and (i.effectiveScore > :score or (i.effectiveScore = :score and i.id > :id))
            """)
    long countAhead(Lane lane, double score, long id);

    /** The open items of the lane at a 0-based position, skipping one item: neighbours of a move. */
    @Query("""
            select i.effectiveScore from BacklogItem i where i.open = true and i.lane = :lane and i.id <> :except
            order by i.effectiveScore desc, i.id desc
            """)
    List<Double> findScoresFrom(Lane lane, long except, Pageable pageable);

    long countByOpenAndLane(boolean open, Lane lane);

    @Query("select min(i.id) from BacklogItem i")
    Optional<Long> findLowestId();

    @Query("select max(i.id) from BacklogItem i")
    Optional<Long> findHighestId();
}
