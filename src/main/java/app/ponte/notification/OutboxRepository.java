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
}
