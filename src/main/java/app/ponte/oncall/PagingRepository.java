package app.ponte.oncall;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PagingRepository extends JpaRepository<Paging, Long> {

    Optional<Paging> findByRequestId(long requestId);

    boolean existsByRequestId(long requestId);

    /** Pagings whose next step is due: nobody acknowledged within the step's minutes. */
    @Query("select p.id from Paging p where p.nextStepAt <= :now order by p.nextStepAt")
    List<Long> findDueIds(Instant now, Pageable pageable);

    /**
     * The pagings still waiting for an acknowledgement (not those the page limit held back), and those of the last
     * day, newest first.
     */
    @Query("""
            select p from Paging p
            where (p.acknowledgedAt is null and p.closedAt is null and p.step >= 0) or p.startedAt >= :since
            order by p.startedAt desc
            """)
    List<Paging> findOpenOrSince(Instant since, Pageable pageable);

    /** How many pagings of the organisation started after {@code since} paged somebody (not held back). */
    @Query("select count(p) from Paging p where p.organisationId = :organisationId and p.startedAt > :since "
            + "and p.step >= 0")
    long countPagedSince(long organisationId, Instant since);

    /** Whether the page limit held back a paging of the organisation started after {@code since}. */
    boolean existsByOrganisationIdAndWithheldPagesIsNotNullAndStartedAtAfter(long organisationId, Instant since);
}
