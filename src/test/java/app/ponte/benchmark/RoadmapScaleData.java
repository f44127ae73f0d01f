package app.ponte.benchmark;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Adds issue 6's roadmap scale to the planning data ({@link PlanningScaleData}): 2,000 initiatives (one in
 * twenty public) of five milestones each (10,000), three accepted requests per milestone while there are
 * enough, a promise per milestone and organisation for the four committed milestones (a third of them changed
 * once, fourteen days later), the first two delivered for initiatives under way, and a changelog entry for each
 * delivery (read by whoever reads its milestone: the milestones of public initiatives are public). Computed
 * from row numbers with MariaDB's sequence engine: every run builds the same data.
 */
final class RoadmapScaleData {

    static final int INITIATIVES = 2_000;
    static final int MILESTONES_EACH = 5;
    private static final int REQUESTS_EACH = 3;

    private final JdbcTemplate jdbc;

    RoadmapScaleData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void ensure() {
        new PlanningScaleData(jdbc).ensure();
        if (jdbc.queryForObject("select count(*) from initiatives where title like 'Bench initiative %'",
                Long.class) >= INITIATIVES) {
            return;
        }
        long lead = jdbc.queryForObject("select id from accounts where email = 'lead@ponte.test'", Long.class);
        jdbc.update("""
                insert into initiatives (version, title, summary, status, public_item, confidence, ends_on,
                    created_at, updated_at)
                select 0, concat('Bench initiative ', lpad(seq, 4, '0')), 'Generated initiative for the benchmark.',
                    elt(1 + mod(seq, 4), 'PLANNED', 'IN_PROGRESS', 'IN_PROGRESS', 'DELIVERED'), mod(seq, 20) = 0,
                    elt(1 + mod(seq, 3), 'LOW', 'MEDIUM', 'HIGH'), curdate() + interval (cast(mod(seq, 540) as signed) - 60) day,
                    now(6) - interval (120 + mod(seq, 200)) day, now(6)
                from seq_1_to_%d
                """.formatted(INITIATIVES));
        jdbc.update("""
                insert into milestones (version, initiative_id, title, delivers, public_item, status, committed_on,
                    delivered_on, created_at, updated_at)
                select 0, i.id, concat('Bench milestone ', s.seq, ' of ', i.title), 'A generated partial delivery.',
                    i.public_item,
                    if(s.seq <= 2 and i.status <> 'PLANNED', 'DELIVERED', 'PLANNED'),
                    if(s.seq = %1$d, null, i.ends_on - interval (%1$d - cast(s.seq as signed)) * 20 day),
                    if(s.seq <= 2 and i.status <> 'PLANNED',
                        i.ends_on - interval (%1$d - cast(s.seq as signed)) * 20 day + interval (mod(i.id, 9) - 4) day, null),
                    i.created_at, now(6)
                from initiatives i join seq_1_to_%1$d s where i.title like 'Bench initiative %%'
                """.formatted(MILESTONES_EACH));
        jdbc.execute("""
                create temporary table bench_milestones (n int primary key, id bigint not null)
                select row_number() over (order by id) - 1 as n, id from milestones
                where title like 'Bench milestone %'
                """);
        jdbc.execute("""
                create temporary table bench_requests (n int primary key, request_id bigint not null,
                    organisation_id bigint not null)
                select row_number() over (order by request_id) - 1 as n, request_id, organisation_id
                from backlog_items where accepted = true and title like '% bench %'
                """);
        jdbc.update("""
                insert into milestone_requests (milestone_id, request_id, organisation_id)
                select m.id, r.request_id, r.organisation_id
                from bench_requests r join bench_milestones m on m.n = r.n div %d
                """.formatted(REQUESTS_EACH));
        jdbc.update("""
                insert ignore into initiative_systems (initiative_id, system_id)
                select m.initiative_id, s.system_id from milestone_requests mr
                join bench_milestones b on b.id = mr.milestone_id
                join milestones m on m.id = mr.milestone_id
                join backlog_items i on i.request_id = mr.request_id
                join backlog_item_systems s on s.item_id = i.id
                """);
        jdbc.update("""
                insert into promises (version, milestone_id, organisation_id, first_promised_on, promised_on,
                    made_at, made_by_id, delivered_on)
                select 0, m.id, mr.organisation_id,
                    m.committed_on - interval if(mod(m.id, 3) = 0, 14, 0) day, m.committed_on,
                    m.created_at + interval 1 day, ?, m.delivered_on
                from milestones m
                join (select distinct milestone_id, organisation_id from milestone_requests) mr
                    on mr.milestone_id = m.id
                join bench_milestones b on b.id = m.id
                where m.committed_on is not null
                """, lead);
        jdbc.update("""
                insert into promise_changes (version, promise_id, old_date, new_date, reason, changed_by_id,
                    changed_at, told)
                select 0, p.id, p.first_promised_on, p.promised_on, 'Generated slip: a dependency came late.', ?,
                    p.made_at + interval 10 day, true
                from promises p join bench_milestones b on b.id = p.milestone_id
                where p.first_promised_on <> p.promised_on
                """, lead);
        jdbc.update("""
                insert into changelog_entries (version, milestone_id, title, what_changed, published_on,
                    published_at)
                select 0, m.id, left(concat(i.title, ': ', m.title), 200), m.delivers, m.delivered_on,
                    timestamp(m.delivered_on, '10:00:00')
                from milestones m join initiatives i on i.id = m.initiative_id
                join bench_milestones b on b.id = m.id
                where m.delivered_on is not null
                """);
        jdbc.execute("drop temporary table bench_milestones");
        jdbc.execute("drop temporary table bench_requests");
        jdbc.execute("analyze table initiatives, milestones, milestone_requests, initiative_systems, promises, "
                + "promise_changes, changelog_entries");
    }
}
