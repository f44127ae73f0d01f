package app.ponte.planning;

import app.ponte.request.RequestKind;
import app.ponte.request.RequestStatus;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BacklogItemRepository extends JpaRepository<BacklogItem, Long> {

    Optional<BacklogItem> findByRequestId(long requestId);

    /** Accepted work, best first: the order the schedule follows. */
    @Query("select i from BacklogItem i where i.accepted = true order by i.effectiveScore desc, i.id")
    List<BacklogItem> findAcceptedRanked();

    /** Open items touching a system, with their systems: what conflicts are found among. */
    @Query("""
            select distinct i from BacklogItem i join fetch i.organisation join i.systemIds s
            where s = :systemId and i.open = true
            """)
    List<BacklogItem> findOpenOnSystem(long systemId);

    /** An organisation's open items touching a system: their deadlines follow its freeze windows. */
    @Query("""
            select distinct i from BacklogItem i join i.systemIds s
            where s = :systemId and i.open = true and i.organisation.id = :organisationId
            """)
    List<BacklogItem> findOpenOfOrganisationOnSystem(long organisationId, long systemId);

    /** One board page of ids, best first; only the filters given take part. */
    @Query("""
            select i.id from BacklogItem i
            where i.open = true and i.lane = :lane
              and (:organisationId is null or i.organisation.id = :organisationId)
              and (:status is null or i.status = :status)
              and (:kind is null or i.kind = :kind)
              and (:systemId is null or exists (select 1 from BacklogItem j join j.systemIds s
                                                where j = i and s = :systemId))
            order by i.effectiveScore desc, i.id
            """)
    List<Long> findBoardIds(Lane lane, Long organisationId, RequestStatus status, RequestKind kind, Long systemId,
            Pageable pageable);

    @Query("select i from BacklogItem i join fetch i.organisation where i.id in :ids")
    List<BacklogItem> findWithOrganisation(List<Long> ids);

    /** How many open items of the lane rank above a score (ties: lower id first). */
    @Query("""
            select count(i) from BacklogItem i where i.open = true and i.lane = :lane
              and (i.effectiveScore > :score or (i.effectiveScore = :score and i.id < :id))
            """)
    long countAhead(Lane lane, double score, long id);

    /** The open items of the lane at a 0-based position, skipping one item: neighbours of a move. */
    @Query("""
            select i.effectiveScore from BacklogItem i where i.open = true and i.lane = :lane and i.id <> :except
            order by i.effectiveScore desc, i.id
            """)
    List<Double> findScoresFrom(Lane lane, long except, Pageable pageable);

    long countByOpenAndLane(boolean open, Lane lane);

    @Query("select min(i.id) from BacklogItem i")
    Optional<Long> findLowestId();

    @Query("select max(i.id) from BacklogItem i")
    Optional<Long> findHighestId();
}
