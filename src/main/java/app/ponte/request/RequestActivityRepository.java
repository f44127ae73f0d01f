package app.ponte.request;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The aggregate and bounded reads of {@link RequestActivity}. Windows are half-open, {@code [since, until)}.
 * "Resolved" is a move to delivered, or to closed from anything but delivered (a question answered): a request
 * delivered and then closed counts once. "Finished" adds declined, duplicate and withdrawn: it left the open set.
 */
interface RequestActivityRepository extends JpaRepository<StatusChange, Long> {

    /** Led by a range on {@code to_status} (V55's index), the "not closed after a delivery" check on the rows found. */
    String RESOLVED = """
            c.toStatus in (app.ponte.request.RequestStatus.DELIVERED, app.ponte.request.RequestStatus.CLOSED)
            and (c.toStatus = app.ponte.request.RequestStatus.DELIVERED or c.fromStatus is null
                 or c.fromStatus <> app.ponte.request.RequestStatus.DELIVERED)
            """;

    String FINISHED = """
            c.toStatus in (app.ponte.request.RequestStatus.DELIVERED, app.ponte.request.RequestStatus.CLOSED,
                           app.ponte.request.RequestStatus.DECLINED, app.ponte.request.RequestStatus.DUPLICATE,
                           app.ponte.request.RequestStatus.WITHDRAWN)
            and (c.toStatus <> app.ponte.request.RequestStatus.CLOSED or c.fromStatus is null
                 or c.fromStatus <> app.ponte.request.RequestStatus.DELIVERED)
            """;

    @Query("""
            select new app.ponte.request.RequestMention(r.id, r.title, r.kind, r.createdAt) from Request r
            where r.organisation.id = :organisationId and r.createdAt >= :since and r.createdAt < :until
            order by r.createdAt desc, r.id desc
            """)
    List<RequestMention> findFiledBetween(long organisationId, Instant since, Instant until, Pageable limit);

    @Query("""
            select count(r) from Request r
            where r.organisation.id = :organisationId and r.createdAt >= :since and r.createdAt < :until
            """)
    long countFiledBetween(long organisationId, Instant since, Instant until);

    @Query("select new app.ponte.request.RequestMention(r.id, r.title, r.kind, max(c.changedAt))"
            + " from StatusChange c join c.request r"
            + " where r.organisation.id = :organisationId and c.changedAt >= :since and c.changedAt < :until and "
            + RESOLVED + " group by r.id, r.title, r.kind order by max(c.changedAt) desc, r.id desc")
    List<RequestMention> findResolvedBetween(long organisationId, Instant since, Instant until, Pageable limit);

    @Query("select count(distinct r.id) from StatusChange c join c.request r"
            + " where r.organisation.id = :organisationId and c.changedAt >= :since and c.changedAt < :until and "
            + RESOLVED)
    long countResolvedBetween(long organisationId, Instant since, Instant until);

    @Query("""
            select new app.ponte.request.RequestMention(r.id, r.title, r.kind, max(c.changedAt))
            from StatusChange c join c.request r
            where r.organisation.id = :organisationId and c.changedAt >= :since and c.changedAt < :until
              and c.toStatus = app.ponte.request.RequestStatus.DECLINED
            group by r.id, r.title, r.kind order by max(c.changedAt) desc, r.id desc
            """)
    List<RequestMention> findDeclinedBetween(long organisationId, Instant since, Instant until, Pageable limit);

    @Query("""
            select count(distinct r.id) from StatusChange c join c.request r
            where r.organisation.id = :organisationId and c.changedAt >= :since and c.changedAt < :until
              and c.toStatus = app.ponte.request.RequestStatus.DECLINED
            """)
    long countDeclinedBetween(long organisationId, Instant since, Instant until);

    @Query("select count(distinct r.id) from StatusChange c join c.request r"
            + " where r.organisation.id = :organisationId and c.changedAt >= :since and c.changedAt < :until and "
            + FINISHED)
    long countFinishedBetween(long organisationId, Instant since, Instant until);

    /**
     * Open requests filed before {@code until} whose status has not moved since, by status: {@code [status, count]}
     * rows ({@code ix_requests_organisation_status}).
     */
    @Query("""
            select r.status, count(r) from Request r
            where r.organisation.id = :organisationId and r.status in :open and r.createdAt < :until
              and r.statusChangedAt < :until
            group by r.status
            """)
    List<Object[]> countOpenUnmovedByStatus(long organisationId, Collection<RequestStatus> open, Instant until);

    /**
     * Requests filed before {@code until} whose status moved at or after it: read through the status moves since
     * then (V55's index, one range per status), as few as the days since the end.
     */
    @Query("""
            select distinct r.id from StatusChange c join c.request r
            where r.organisation.id = :organisationId and c.toStatus in :all and c.changedAt >= :until
              and r.createdAt < :until
            """)
    List<Long> findMovedSince(long organisationId, Collection<RequestStatus> all, Instant until);

    /** These requests' moves before {@code until}: {@code [requestId, toStatus]} rows, oldest first. */
    @Query("""
            select r.id, c.toStatus from StatusChange c join c.request r
            where r.id in :requestIds and c.changedAt < :until
            order by c.changedAt, c.id
            """)
    List<Object[]> findMovesBefore(Collection<Long> requestIds, Instant until);

    /** When each of these requests was first resolved: {@code [requestId, instant]} rows (burn-ups). */
    @Query("select r.id, min(c.changedAt) from StatusChange c join c.request r"
            + " where r.id in :requestIds and " + RESOLVED + " group by r.id")
    List<Object[]> findFirstResolved(Collection<Long> requestIds);
}
