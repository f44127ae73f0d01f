package app.ponte.benchmark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills the benchmark database with 1,000,000 requests over the seven demo departments and clients,
 * each with a comment (one in five an internal note), spread over five years.
 * Everything is computed from a row number with MariaDB's sequence engine, so every run builds the same
 * data in seconds: skewed statuses (most requests closed or delivered, as in a five-year-old portal),
 * six kinds, five systems, three in five assigned, one in five hundred shared.
 */
final class RequestScaleData {

    static final int REQUESTS = 1_000_000;
    private static final int CHUNK = 100_000;
    private static final List<String> ORGANISATIONS = List.of("Marketing", "Sales", "Operations", "Finance",
            "Human Resources", "Aurora Commerce", "Meridian Bank");

    private final JdbcTemplate jdbc;

    RequestScaleData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void ensure() {
        if (generated() >= REQUESTS) {
            return;
        }
        Map<Long, Long> requesterByOrganisation = requesters();
        String organisations = requesterByOrganisation.keySet().stream().map(String::valueOf)
                .collect(Collectors.joining(","));
        String requesters = requesterByOrganisation.values().stream().map(String::valueOf)
                .collect(Collectors.joining(","));
        long lead = accountId("lead@ponte.test");
        long admin = accountId("admin@ponte.test");
        int size = requesterByOrganisation.size();
        for (int from = 1; from <= REQUESTS; from += CHUNK) {
            jdbc.update(("""
                    insert into requests (version, organisation_id, requester_id, filed_by_id, kind, status, title,
                        search_title, problem, affected_system, severity, priority, assignee_id, created_at,
                        updated_at, status_changed_at, shared)
                    select 0,
                        elt(1 + seq %% %1$d, %2$s), elt(1 + seq %% %1$d, %3$s), elt(1 + seq %% %1$d, %3$s),
                        elt(1 + seq %% 6, 'IDEA', 'CHANGE', 'INTEGRATION', 'BUG', 'INCIDENT', 'QUESTION'),
                        elt(1 + (seq div 7) %% 20, 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED',
                            'DELIVERED', 'DELIVERED', 'DELIVERED', 'DELIVERED', 'NEW', 'NEW', 'TRIAGED', 'TRIAGED',
                            'PLANNED', 'PLANNED', 'IN_PROGRESS', 'IN_PROGRESS', 'WAITING_FOR_REQUESTER', 'DECLINED'),
                        @title := concat(elt(1 + seq %% 11, 'Export', 'Invoice', 'Campaign', 'Orders', 'Payroll',
                            'Webhook', 'Report', 'Login', 'Refund', 'Shipping', 'Audit'), ' ',
                            elt(1 + (seq div 11) %% 13, 'errors', 'delays', 'format', 'limits', 'filters', 'totals',
                            'access', 'retries', 'alerts', 'history', 'layout', 'timeouts', 'sync'), ' bench ', seq),
                        lower(@title),
                        'Generated request for the benchmark.',
                        elt(1 + seq %% 5, 'Orders API', 'Real-time reporting', 'Invoicing', 'Auth service',
                            'Employee directory'),
                        if(seq %% 6 in (3, 4), elt(1 + seq %% 4, 'CRITICAL', 'HIGH', 'MEDIUM', 'LOW'), null),
                        if(seq %% 3 = 0, elt(1 + seq %% 4, 'URGENT', 'HIGH', 'NORMAL', 'LOW'), null),
                        if(seq %% 5 < 3, elt(1 + seq %% 2, %4$d, %5$d), null),
                        @at := timestamp'2026-11-01 12:00:00' - interval (seq * 157) second, @at, @at,
                        seq %% 500 = 0
                    from seq_1_to_%6$d where seq between %7$d and %8$d
                    """).formatted(size, organisations, requesters, lead, admin, REQUESTS, from,
                    Math.min(REQUESTS, from + CHUNK - 1)));
        }
        jdbc.update("""
                insert into request_comments (request_id, author_id, body, internal, created_at)
                select r.id, r.requester_id, 'Generated comment for the benchmark.', r.id % 5 = 0,
                    r.created_at + interval 1 hour
                from requests r where r.title like '% bench %'
                """);
        jdbc.execute("analyze table requests, request_comments, request_supports");
    }

    long generated() {
        return jdbc.queryForObject("select count(*) from requests where title like '% bench %'", Long.class);
    }

    private Map<Long, Long> requesters() {
        return ORGANISATIONS.stream().collect(Collectors.toMap(
                name -> jdbc.queryForObject("select id from organisations where name = ?", Long.class, name),
                name -> jdbc.queryForObject("""
                        select min(m.account_id) from memberships m join organisations o on o.id = m.organisation_id
                        where o.name = ? and m.active = true
                        """, Long.class, name),
                (a, b) -> a, LinkedHashMap::new));
    }

    private long accountId(String email) {
        return jdbc.queryForObject("select id from accounts where email = ?", Long.class, email);
    }
}
