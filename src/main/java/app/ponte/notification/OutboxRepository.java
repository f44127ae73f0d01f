package app.ponte.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

    @Query("""
            select m.id from OutboxMessage m
            where m.status = app.ponte.notification.OutboxStatus.PENDING and m.nextAttemptAt <= :now
            order by m.nextAttemptAt, m.id
            """)
    List<Long> findDueIds(Instant now, Pageable pageable);

    @Query("select m from OutboxMessage m order by m.createdAt desc, m.id desc")
    Slice<OutboxMessage> findNewestFirst(Pageable pageable);

    /**
     * Messages by status: those waiting after at least one failed try, those given up, and those sent since
     * {@code sentSince}; each row a status and its count (V62's index answers it).
     */
    @Query("""
            select m.status, count(m) from OutboxMessage m
            where (m.status = app.ponte.notification.OutboxStatus.PENDING and m.attempts > 0)
               or m.status = app.ponte.notification.OutboxStatus.FAILED
               or (m.status = app.ponte.notification.OutboxStatus.SENT and m.sentAt >= :sentSince)
            group by m.status
            """)
    List<Object[]> countWatched(Instant sentSince);

    /** The messages whose last try failed (waiting again or given up), latest first, without their bodies. */
    @Query("""
            select new app.ponte.notification.OutboxFailure(m.id, m.recipient, m.subject, m.status,
                m.attempts, m.lastError, m.nextAttemptAt)
            from OutboxMessage m
            where m.status in (app.ponte.notification.OutboxStatus.PENDING, app.ponte.notification.OutboxStatus.FAILED)
              and m.attempts > 0
            order by m.nextAttemptAt desc, m.id desc
            """)
    List<OutboxFailure> findLatestFailures(Pageable pageable);
}
