package app.ponte.audit;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Counts refused entries of the trail per day and {@link RefusalKind} in one GROUP BY over a window of days. The days
 * are the caller's (a viewer's zone, with its daylight-saving shifts), so they are given as instants and each entry
 * is put into its day by a CASE over those bounds; on V62's index (occurred_at, outcome, action) the query reads no
 * row of the table. Written in HQL so that the instants are bound exactly as the entries were written. The kinds
 * follow the same rule as {@link AuditEventRepository#findFiltered}.
 */
@Component
class RefusalCounts {

    /** The action codes of the two sign-in refusals ({@link SignInAudit}): every other refusal is refused access. */
    private static final String KIND = """
            case when e.action = 'sign-in.failure' then 'FAILED_SIGN_IN'
                 when e.action = 'sign-in.throttled' then 'THROTTLED_SIGN_IN'
                 else 'ACCESS' end""";

    private final EntityManager entityManager;

    RefusalCounts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** @param bounds the days' starts and the last day's end, ascending: n + 1 instants for n days (n ≥ 1) */
    List<Row> count(List<Instant> bounds) {
        StringBuilder day = new StringBuilder("case");
        for (int i = 1; i < bounds.size() - 1; i++) {
            day.append(" when e.occurredAt < :b").append(i).append(" then ").append(i - 1);
        }
        day.append(" else ").append(bounds.size() - 2).append(" end");
        var query = entityManager.createQuery("select t.dayIndex, t.kind, count(*) from (select " + day
                + " as dayIndex, " + KIND + " as kind from AuditEvent e where e.occurredAt >= :b0 and e.occurredAt < :b"
                + (bounds.size() - 1) + " and e.outcome = app.ponte.audit.AuditOutcome.REFUSED) t"
                + " group by t.dayIndex, t.kind", Object[].class);
        for (int i = 0; i < bounds.size(); i++) {
            query.setParameter("b" + i, bounds.get(i));
        }
        return query.getResultList().stream().map(row -> new Row(((Number) row[0]).intValue(),
                RefusalKind.valueOf((String) row[1]), ((Number) row[2]).longValue())).toList();
    }

    record Row(int day, RefusalKind kind, long count) {
    }
}
