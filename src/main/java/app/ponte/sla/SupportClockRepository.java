package app.ponte.sla;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
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

    /** Open clocks of an organisation (its plan changed). */
    @Query("select c.id from SupportClock c where c.organisationId = :organisationId and c.resolvedAt is null")
    List<Long> findOpenIdsOfOrganisation(long organisationId);

    /** Open clocks running on these plans (a calendar they count on changed). */
    @Query("select c.id from SupportClock c where c.planId in :planIds and c.resolvedAt is null")
    List<Long> findOpenIdsOnPlans(Collection<Long> planIds);

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
