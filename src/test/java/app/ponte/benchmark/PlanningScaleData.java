package app.ponte.benchmark;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Adds issue 5's planning scale to the 1,000,000 generated requests ({@link RequestScaleData}): 200 systems
 * (the demo's five and 195 generated ones, every organisation depending on each), a backlog item per request
 * touching one system, a quarter of the open product requests with a desired date in the next year, effort
 * for accepted product work, and 5,000 freeze windows (up to four per organisation and system, three to
 * seven days each, over the next year). Computed from row numbers with MariaDB's sequence engine, so every
 * run builds the same data; scores come from the first full recompute.
 */
final class PlanningScaleData {

    static final int SYSTEMS = 200;
    static final int WINDOWS = 5_000;
    private static final int CHUNK = 100_000;

    private final JdbcTemplate jdbc;

    PlanningScaleData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns whether data was generated now (scores then need a full recompute). */
    boolean ensure() {
        new RequestScaleData(jdbc).ensure();
        if (jdbc.queryForObject("select count(*) from freeze_windows where reason = 'Generated freeze'",
                Long.class) >= WINDOWS) {
            return false;
        }
        long lead = jdbc.queryForObject("select id from accounts where email = 'lead@ponte.test'", Long.class);
        jdbc.update("""
                insert into systems (version, name, description, owner_id, criticality, availability_target,
                    created_at, updated_at)
                select 0, concat('Bench system ', lpad(seq, 3, '0')), 'Generated system for the benchmark.', ?,
                    elt(1 + mod(seq, 4), 'CRITICAL', 'HIGH', 'MEDIUM', 'LOW'), 99.9, now(6), now(6)
                from seq_1_to_%d
                """.formatted(SYSTEMS - 5), lead);
        jdbc.update("""
                insert ignore into system_dependents (system_id, organisation_id)
                select s.id, o.id from systems s cross join organisations o where o.kind <> 'TEAM'
                """);
        jdbc.execute("create temporary table bench_systems (n int primary key, id bigint not null)");
        jdbc.update("insert into bench_systems select row_number() over (order by id) - 1, id from systems");
        jdbc.execute("create temporary table bench_organisations (k int primary key, id bigint not null)");
        jdbc.update("""
                insert into bench_organisations
                select row_number() over (order by id) - 1, id from organisations where kind <> 'TEAM'
                """);
        long lowest = jdbc.queryForObject("select min(id) from requests where title like '% bench %'", Long.class);
        long highest = jdbc.queryForObject("select max(id) from requests where title like '% bench %'", Long.class);
        for (long from = lowest; from <= highest; from += CHUNK) {
            long to = Math.min(highest, from + CHUNK - 1);
            jdbc.update("""
                    insert into backlog_items (version, request_id, organisation_id, title, kind, status, lane,
                        open_item, accepted, severity, reach_organisations, desired_date, deadline, effort_likely,
                        effort_pessimistic, reach_points, impact_points, urgency_points, confidence_points,
                        effort_points, organisation_weight, computed_score, effective_score)
                    select 0, r.id, r.organisation_id, r.title, r.kind, r.status,
                        @lane := if(r.kind in ('BUG', 'INCIDENT', 'QUESTION'), 'SUPPORT', 'PRODUCT'),
                        @open := r.status not in ('DELIVERED', 'CLOSED', 'DECLINED', 'DUPLICATE', 'WITHDRAWN'),
                        @accepted := r.status in ('PLANNED', 'IN_PROGRESS'),
                        r.severity, 1,
                        @desired := if(@lane = 'PRODUCT' and @open and r.id % 4 = 0,
                            curdate() + interval (r.id % 365) day, null),
                        @desired,
                        @likely := if(@lane = 'PRODUCT' and @accepted, 1 + r.id % 20, null),
                        if(@likely is null, null, @likely * 1.5),
                        2, 6, 0, 6,
                        case when @likely is null then 5 when @likely <= 1 then 10 when @likely <= 3 then 8
                             when @likely <= 5 then 6 when @likely <= 10 then 4 when @likely <= 20 then 2 else 1 end,
                        1.0, 0, 0
                    from requests r where r.id between ? and ? and r.title like '% bench %'
                    """, from, to);
            jdbc.update("""
                    insert into backlog_item_systems (item_id, system_id)
                    select i.id, s.id from backlog_items i join bench_systems s on s.n = i.request_id % ?
                    where i.request_id between ? and ?
                    """, SYSTEMS, from, to);
            jdbc.update("""
                    insert ignore into request_systems (request_id, system_id)
                    select r.id, s.id from requests r join bench_systems s on s.n = r.id % ?
                    where r.id between ? and ? and r.title like '% bench %'
                    """, SYSTEMS, from, to);
        }
        jdbc.update("""
                insert into freeze_windows (version, system_id, organisation_id, starts_on, ends_on, reason,
                    created_by_id, created_at, updated_at)
                select 0, s.id, o.id,
                    @start := curdate() + interval (1 + (seq div 1400) * 73 + mod(seq, 30)) day,
                    @start + interval (3 + mod(seq, 5)) day, 'Generated freeze', ?, now(6), now(6)
                from seq_0_to_%d
                join bench_systems s on s.n = mod(seq, %d)
                join bench_organisations o on o.k = mod(seq div %d, (select count(*) from bench_organisations))
                """.formatted(WINDOWS - 1, SYSTEMS, SYSTEMS), lead);
        jdbc.execute("drop temporary table bench_systems");
        jdbc.execute("drop temporary table bench_organisations");
        jdbc.execute("analyze table backlog_items, backlog_item_systems, freeze_windows, systems, request_systems");
        return true;
    }
}
