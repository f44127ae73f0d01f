package app.ponte.sla;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SupportClockRepository extends JpaRepository<SupportClock, Long> {

    Optional<SupportClock> findByRequestId(long requestId);

    /**
     * The clock of a request, its row locked until the transaction ends: the clocks and the scan change a clock
     * one after the other, never on two stale copies (a request change never fails because the scan ran).
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from SupportClock c where c.requestId = :requestId")
    Optional<SupportClock> lockByRequestId(long requestId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from SupportClock c where c.id = :id")
    Optional<SupportClock> lockById(long id);

    /**
     * Marks the open clocks of an organisation to be computed again (its plan changed): one statement inside the
     * change's transaction. The mark's columns are not mapped on the entity, so no entity write clears them.
     */
    @Modifying
    @Query(value = "update sla_clocks set recompute_cause = :cause, recompute_actor_id = :actorId"
            + " where organisation_id = :organisationId and resolved_at is null", nativeQuery = true)
    int markOpenOfOrganisation(long organisationId, String cause, @Nullable Long actorId);

    /** Marks the open clocks running on these plans to be computed again (a calendar they count on changed). */
    @Modifying
    @Query(value = "update sla_clocks set recompute_cause = :cause, recompute_actor_id = null"
            + " where plan_id in (:planIds) and resolved_at is null", nativeQuery = true)
    int markOpenOnPlans(Collection<Long> planIds, String cause);

    /** A page of marked clocks after the given id, in id order (the index on the mark). */
    @Query(value = "select id as id, recompute_cause as recomputeCause, recompute_actor_id as recomputeActorId"
            + " from sla_clocks where recompute_cause is not null and id > :afterId order by id limit :limit",
            nativeQuery = true)
    List<MarkedClock> findMarked(long afterId, int limit);

    /** The clock's mark as it is now (read after its row is locked: another node may have computed it). */
    @Query(value = "select id as id, recompute_cause as recomputeCause, recompute_actor_id as recomputeActorId"
            + " from sla_clocks where id = :id and recompute_cause is not null", nativeQuery = true)
    Optional<MarkedClock> findMark(long id);

    @Modifying
    @Query(value = "update sla_clocks set recompute_cause = null, recompute_actor_id = null where id = :id",
            nativeQuery = true)
    void clearMark(long id);

    /**
     * A page of the clocks the scan must look at ({@code next_check_at <= now}), after the last one read, in the
     * order of the index on {@code next_check_at}: only clocks near a target are ever read.
     */
    @Query("""
            select new app.ponte.sla.DueClock(c.id, c.nextCheckAt) from SupportClock c
            where c.nextCheckAt <= :now
              and (c.nextCheckAt > :afterAt or (c.nextCheckAt = :afterAt and c.id > :afterId))
            order by c.nextCheckAt, c.id
            """)
    List<DueClock> findDue(Instant now, Instant afterAt, long afterId, Limit limit);
}
