package app.ponte.benchmark;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Adds issue 17's cadence to the large data: 5,000 organisations ({@link OrganisationScaleData}), 1,000,000 requests
 * with their planning, roadmap (2,000 initiatives, promises and slips) and support clocks ({@link RoadmapScaleData},
 * {@link SlaScaleData}), and on top of them:
 * <ul>
 * <li>a status history for the generated requests, which had none: every request that left "new" moved once, 1 to
 * 20 days after its filing (resolved, declined, or on to its open status), its {@code status_changed_at} set to
 * that move (about 800,000 moves; the activity queries read them);</li>
 * <li>a review series for every organisation without one (weekly, every two weeks, monthly or quarterly by id),
 * and a year of held reviews at that rhythm up to 2026-10-20 (Aurora Commerce, the busiest organisation, keeps the
 * demo's weekly series: 51 held Tuesday reviews and one planned on 2026-10-27, the agenda the benchmark builds),
 * each with minutes, two decisions and three action items (one for the team, two for the organisation; the older
 * ones done, those of the last two months open, so some are overdue);</li>
 * <li>a delivery rating, answered the next day, for one in three requests delivered since October 2025;</li>
 * <li>a report schedule for every served organisation: monthly, one in ten weekly, one in ten quarterly.</li>
 * </ul>
 * Computed from row numbers and ids with MariaDB's sequence engine: every run builds the same data.
 */
final class CadenceScaleData {

    static final String AURORA = "Aurora Commerce";
    /** The planned review of Aurora Commerce whose agenda is measured: a week after its last held one. */
    static final String PLANNED_AT = "2026-10-27 14:00:00";
    private static final String LAST_HELD = "2026-10-20 14:00:00";
    private static final int CHUNK = 100_000;

    private final JdbcTemplate jdbc;
    private final String passwordHash;

    CadenceScaleData(JdbcTemplate jdbc, String passwordHash) {
        this.jdbc = jdbc;
        this.passwordHash = passwordHash;
    }

    /** Returns whether the cadence data was generated now. */
    boolean ensure() {
        new OrganisationScaleData(jdbc, passwordHash).ensure();
        new RoadmapScaleData(jdbc).ensure();
        new SlaScaleData(jdbc).ensure();
        boolean generated = false;
        if (count("select count(*) from request_status_changes where note = 'Generated move'") == 0) {
            statusHistory();
            generated = true;
        }
        if (count("select count(*) from feedback_forms where title like 'Bench rating%'") == 0) {
            ratings();
            generated = true;
        }
        if (count("select count(*) from meetings where title like 'Bench review%'") == 0) {
            meetings();
            generated = true;
        }
        if (count("select count(*) from report_schedules") < OrganisationScaleData.ORGANISATIONS / 2) {
            schedules();
            generated = true;
        }
        if (generated) {
            jdbc.execute("analyze table requests, request_status_changes, feedback_forms, meeting_series, meetings, meeting_minutes, "
                    + "meeting_outcomes, action_items, report_schedules");
        }
        return generated;
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private void statusHistory() {
        long lead = count("select id from accounts where email = 'lead@ponte.test'");
        long lowest = count("select min(id) from requests where title like '% bench %'");
        long highest = count("select max(id) from requests where title like '% bench %'");
        for (long from = lowest; from <= highest; from += CHUNK) {
            long to = Math.min(highest, from + CHUNK - 1);
            jdbc.update("""
                    insert into request_status_changes (request_id, actor_id, from_status, to_status, note, changed_at)
                    select r.id, ?, if(r.status in ('CLOSED', 'DELIVERED', 'DECLINED'), 'IN_PROGRESS', 'NEW'),
                        r.status, 'Generated move', r.created_at + interval (1 + r.id % 20) day
                    from requests r
                    where r.id between ? and ? and r.title like '% bench %' and r.status <> 'NEW'
                    """, lead, from, to);
            jdbc.update("""
                    update requests r set r.status_changed_at = r.created_at + interval (1 + r.id % 20) day
                    where r.id between ? and ? and r.title like '% bench %' and r.status <> 'NEW'
                    """, from, to);
        }
    }

    /** A delivery rating, answered the next day, for one in three requests delivered in the last thirteen months. */
    private void ratings() {
        jdbc.update("""
                insert into feedback_forms (version, kind, token_hash, organisation_id, recipient_id, request_id,
                    title, assignee_id, round_on, sent_at, expires_at, replaced_at, answered_at, answered_month, score,
                    resolved, answer_comment)
                select 0, 'DELIVERY', sha2(concat('bench-rating-', r.id), 256), r.organisation_id, r.requester_id,
                    r.id, concat('Bench rating ', r.id), r.assignee_id, null, r.status_changed_at,
                    r.status_changed_at + interval 30 day, null, r.status_changed_at + interval 1 day,
                    date_format(r.status_changed_at + interval 1 day, '%Y-%m'), 1 + r.id % 5, true, null
                from requests r
                where r.status = 'DELIVERED' and r.created_at >= timestamp'2025-10-01 00:00:00' and r.id % 3 = 0
                  and r.title like '% bench %'
                """);
    }

    private void meetings() {
        long lead = count("select id from accounts where email = 'lead@ponte.test'");
        jdbc.execute("drop temporary table if exists bench_orgs");
        jdbc.execute("""
                create temporary table bench_orgs (id bigint primary key, step int not null, owner bigint not null,
                    zone varchar(60) not null)
                """);
        // Aurora Commerce weekly; the others by id: weekly, every two weeks, monthly (four weeks), quarterly.
        jdbc.update("""
                insert into bench_orgs (id, step, owner, zone)
                select o.id, if(o.name = ?, 1, elt(1 + o.id % 4, 1, 2, 4, 13)), min(m.account_id), o.time_zone
                from organisations o join memberships m on m.organisation_id = o.id and m.active = true
                where o.kind <> 'TEAM' and o.active = true
                group by o.id, o.name, o.time_zone
                """, AURORA);
        jdbc.update("""
                insert into meeting_series (version, organisation_id, cadence, day_of_week, week_of_month,
                    local_time, length_minutes, time_zone, first_day, active, ics_uid, ics_sequence, created_at,
                    updated_at)
                select 0, b.id, elt(1 + b.id % 4, 'WEEKLY', 'BIWEEKLY', 'MONTHLY', 'QUARTERLY'), 'TUESDAY',
                    if(b.id % 4 >= 2, 1, null), '10:00:00', 60, b.zone, date'2025-10-28', true,
                    concat('bench-series-', b.id, '@ponte.test'), 0, timestamp'2025-10-01 12:00:00',
                    timestamp'2025-10-01 12:00:00'
                from bench_orgs b where not exists (select 1 from meeting_series s where s.organisation_id = b.id)
                """);
        // Held reviews: one every `step` weeks, back from 2026-10-20 over 52 weeks (no series link: the series'
        // own occurrences stay as the demo and the application make them).
        jdbc.update("""
                insert into meetings (version, organisation_id, series_id, kind, state, title, starts_at,
                    occurrence_of, length_minutes, time_zone, ics_uid, ics_sequence, held_at, created_at, updated_at)
                select 0, b.id, null, 'REVIEW', 'HELD', concat('Bench review ', s.seq),
                    @at := timestamp'%1$s' - interval (s.seq * 7) day, null, 60, b.zone,
                    concat('bench-', b.id, '-', s.seq, '@ponte.test'), 0, @at + interval 1 hour,
                    @at - interval 7 day, @at + interval 1 hour
                from bench_orgs b join seq_0_to_51 s on s.seq %% b.step = 0
                """.formatted(LAST_HELD));
        jdbc.update("""
                insert into meetings (version, organisation_id, series_id, kind, state, title, starts_at,
                    occurrence_of, length_minutes, time_zone, ics_uid, ics_sequence, held_at, created_at, updated_at)
                select 0, o.id, null, 'REVIEW', 'PLANNED', 'Bench review planned', timestamp'%s', null, 60,
                    'America/New_York', 'bench-planned@ponte.test', 0, null, now(6), now(6)
                from organisations o where o.name = ?
                """.formatted(PLANNED_AT), AURORA);
        jdbc.update("""
                insert into meeting_minutes (version, meeting_id, public_notes, internal_notes, updated_by, updated_at)
                select 0, m.id, 'Generated minutes: what we went through.', 'Generated team note.', ?, m.held_at
                from meetings m where m.title like 'Bench review%' and m.state = 'HELD'
                """, lead);
        jdbc.update("""
                insert into meeting_outcomes (version, meeting_id, kind, outcome_text, sort_order, created_at)
                select 0, m.id, 'DECISION', concat('Generated decision ', s.seq, ' of ', m.title), s.seq, m.held_at
                from meetings m join seq_1_to_2 s where m.title like 'Bench review%' and m.state = 'HELD'
                """);
        // Three items a meeting, due two weeks on: done when older than two months, open (overdue) otherwise.
        jdbc.update("""
                insert into action_items (version, organisation_id, meeting_id, item_text, owner_id, owner_side,
                    due_day, request_id, done_at, done_by, created_by, created_at)
                select 0, m.organisation_id, m.id, concat('Generated action ', s.seq, ' of ', m.title),
                    if(s.seq = 1, ?, b.owner), if(s.seq = 1, 'TEAM', 'ORGANISATION'),
                    date(m.starts_at) + interval 14 day, null,
                    if(m.starts_at < timestamp'%s' - interval 60 day or s.seq = 3, m.starts_at + interval 10 day, null),
                    if(m.starts_at < timestamp'%s' - interval 60 day or s.seq = 3, b.owner, null), ?, m.held_at
                from meetings m join bench_orgs b on b.id = m.organisation_id join seq_1_to_3 s
                where m.title like 'Bench review%%' and m.state = 'HELD'
                """.formatted(LAST_HELD, LAST_HELD), lead, lead);
        jdbc.execute("drop temporary table bench_orgs");
    }

    private void schedules() {
        jdbc.update("""
                insert into report_schedules (version, organisation_id, period_kind, active, updated_at)
                select 0, o.id, if(o.id % 10 = 0, 'WEEKLY', if(o.id % 10 = 1, 'QUARTERLY', 'MONTHLY')), true, now(6)
                from organisations o
                where o.kind <> 'TEAM' and not exists (select 1 from report_schedules s where s.organisation_id = o.id)
                """);
    }
}
