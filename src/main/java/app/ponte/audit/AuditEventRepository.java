package app.ponte.audit;

import java.time.Instant;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Append and read only: the trail offers no update and no delete. A refusal kind ({@link RefusalKind}) is said here
 * and in {@link RefusalCounts} by the same rule: the two sign-in refusals by their action, any other refused entry is
 * refused access.
 */
interface AuditEventRepository extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    long count();

    @Query("""
            select e from AuditEvent e
            where e.occurredAt >= :from and e.occurredAt < :to
              and (:actorPrefix = '' or e.actorEmail like :actorPattern escape '!')
              and (:action = '' or e.action = :action)
              and (:outcome is null or e.outcome = :outcome)
              and (:refusal = ''
                or (:refusal = 'ACCESS' and e.outcome = app.ponte.audit.AuditOutcome.REFUSED
                    and e.action not in ('sign-in.failure', 'sign-in.throttled'))
                or (:refusal = 'FAILED_SIGN_IN' and e.outcome = app.ponte.audit.AuditOutcome.REFUSED
                    and e.action = 'sign-in.failure')
                or (:refusal = 'THROTTLED_SIGN_IN' and e.outcome = app.ponte.audit.AuditOutcome.REFUSED
                    and e.action = 'sign-in.throttled'))
            order by e.occurredAt desc, e.id desc
            """)
    Slice<AuditEvent> findFiltered(Instant from, Instant to, String actorPrefix, String actorPattern, String action,
            AuditOutcome outcome, String refusal, Pageable pageable);
}
