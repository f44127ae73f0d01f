package app.ponte.benchmark;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Adds issue 16's support clocks to the 1,000,000 generated requests ({@link RequestScaleData}), on the plans the
 * demo data gives the seven organisations (Aurora Commerce on Premium 24/7, Meridian Bank on Business hours, the
 * departments on Internal):
 * <ul>
 * <li>an open clock for each of the newest 50,000 open bugs, incidents and questions (they go back about thirteen
 * months), its copy of the deadline on the request ({@code requests.sla_*});</li>
 * <li>a closed clock for every bug, incident and question resolved over the same months (about 60,000), one first
 * response in seven and one resolution in five met late, each of those with its breach.</li>
 * </ul>
 * Closed clocks keep the requests' filing dates. Open clocks are set relative to the moment they are armed
 * ({@link #arm}), since the scan reads the real clock: the request id says which state a clock is in, so every arming
 * gives the same picture. One clock in 64 is due at the arming, half of them at risk and half breached (930 running
 * ones: about 45 minutes of the 20 a minute that come due); 39 % are breached and told already, 8 % at risk and
 * told with their due time ahead, 44 % running with their at-risk time ahead; one in nine is paused (waiting for
 * the requester). Wall-clock targets approximate business hours as 3.7 wall hours per business hour
 * (168 / 45); only the plan change computes them on the calendars.
 */
final class SlaScaleData {

    static final int OPEN_CLOCKS = 50_000;
    private static final String SUPPORT = "('BUG', 'INCIDENT', 'QUESTION')";
    private static final String OPEN = "('NEW', 'TRIAGED', 'PLANNED', 'IN_PROGRESS', 'WAITING_FOR_REQUESTER')";
    private static final String RESOLVED = "('CLOSED', 'DELIVERED', 'DECLINED')";
    /** Seconds of wall-clock time per target minute: a minute, or 3.7 on a business calendar. */
    private static final String SECONDS_PER_MINUTE = "if(%s.name = 'Around the clock', 60, 222)";

    private final JdbcTemplate jdbc;

    SlaScaleData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns whether the clocks were generated now. */
    boolean ensure() {
        new RequestScaleData(jdbc).ensure();
        if (openClocks() >= OPEN_CLOCKS) {
            return false;
        }
        jdbc.execute("create temporary table bench_open (request_id bigint primary key)");
        jdbc.update(("insert into bench_open select id from requests where title like '%% bench %%' and kind in %s"
                + " and status in %s order by created_at desc, id desc limit %d").formatted(SUPPORT, OPEN, OPEN_CLOCKS));
        Timestamp since = jdbc.queryForObject(
                "select min(r.created_at) from requests r join bench_open b on b.request_id = r.id", Timestamp.class);
        // Open clocks: the instants come from arm(); closed clocks: computed from the filing here.
        jdbc.update("""
                insert into sla_clocks (version, request_id, organisation_id, title, request_kind, priority, plan_id,
                    assignee_id, started_at, updated_at)
                select 0, r.id, r.organisation_id, left(r.title, 200), r.kind, coalesce(r.priority, 'NORMAL'),
                    a.plan_id, r.assignee_id, r.created_at, r.created_at
                from requests r join bench_open b on b.request_id = r.id
                join sla_plan_assignments a on a.organisation_id = r.organisation_id
                """);
        jdbc.update(("""
                insert into sla_clocks (version, request_id, organisation_id, title, request_kind, priority, plan_id,
                    assignee_id, started_at, first_response_due_at, first_response_at_risk_at, first_responded_at,
                    resolution_due_at, resolution_at_risk_at, resolved_at, updated_at)
                select 0, r.id, r.organisation_id, left(r.title, 200), r.kind, t.priority, a.plan_id, r.assignee_id,
                    r.created_at,
                    r.created_at + interval (@fr := t.first_response_minutes * %s) second,
                    r.created_at + interval (@fr * 0.75) second,
                    r.created_at + interval (@fr * if(r.id %% 7 = 0, 1.4, 0.1 + (r.id %% 60) / 100)) second,
                    r.created_at + interval (@res := t.resolution_minutes * %s) second,
                    r.created_at + interval (@res * 0.75) second,
                    @resolved := r.created_at + interval (greatest(@res * if(r.id %% 5 = 0, 1.3, 0.2 + (r.id %% 70) / 100),
                        @fr * if(r.id %% 7 = 0, 1.4, 0.7))) second,
                    @resolved
                from requests r
                join sla_plan_assignments a on a.organisation_id = r.organisation_id
                join sla_plan_targets t on t.plan_id = a.plan_id and t.priority = coalesce(r.priority, 'NORMAL')
                join business_calendars fc on fc.id = t.first_response_calendar_id
                join business_calendars rc on rc.id = t.resolution_calendar_id
                where r.title like '%% bench %%' and r.kind in %s and r.status in %s and r.created_at >= ?
                """).formatted(SECONDS_PER_MINUTE.formatted("fc"), SECONDS_PER_MINUTE.formatted("rc"), SUPPORT,
                RESOLVED), since);
        jdbc.update("""
                insert into sla_breaches (clock_id, request_id, organisation_id, target, due_at, breached_at, cause)
                select c.id, c.request_id, c.organisation_id, 'FIRST_RESPONSE', c.first_response_due_at,
                    c.first_response_due_at + interval 30 second, null
                from sla_clocks c where c.title like '% bench %' and c.resolved_at is not null
                    and c.first_responded_at > c.first_response_due_at
                """);
        jdbc.update("""
                insert into sla_breaches (clock_id, request_id, organisation_id, target, due_at, breached_at, cause)
                select c.id, c.request_id, c.organisation_id, 'RESOLUTION', c.resolution_due_at,
                    c.resolution_due_at + interval 30 second,
                    elt(1 + c.request_id % 4, null, 'paused=PT2H', 'priority=NORMAL>HIGH', 'reopened=1')
                from sla_clocks c where c.title like '% bench %' and c.resolved_at is not null
                    and c.resolved_at > c.resolution_due_at
                """);
        jdbc.execute("drop temporary table bench_open");
        arm(Instant.now());
        jdbc.execute("analyze table sla_clocks, sla_breaches, sla_clock_pauses, requests");
        return true;
    }

    long openClocks() {
        return jdbc.queryForObject(
                "select count(*) from sla_clocks where title like '% bench %' and resolved_at is null", Long.class);
    }

    /**
     * Sets every open generated clock, its request's deadline copy, its breach and its pause relative to
     * {@code now}, the same way every time (the request id chooses the state): what a scan or a plan change did to
     * them is undone. 9 s to a minute at 50,000 clocks (seven indexes on the clocks, three on the requests move),
     * depending on the machine's load; the benchmark arms once before it measures.
     */
    void arm(Instant now) {
        arm(now, "");
    }

    /**
     * Arms again the clocks that come due at a scan after a backlog (one in 64, 930 running ones: what about 45
     * minutes without a scan leave), what the last scan did to them undone. The other open clocks keep their arming;
     * those whose at-risk or due time passed since are due too, as they would be at a real scan. A second or two.
     */
    void rearmBacklog(Instant now) {
        arm(now, " and c.request_id % 128 in (0, 64)");
    }

    /**
     * Arms again the clocks that come due at one scan in a steady minute (one in 2,048, about 22 running ones; the
     * armed data brings about 20 a minute to their at-risk or due time), what the last scan did to them undone.
     */
    void rearmMinute(Instant now) {
        arm(now, " and c.request_id % 4096 in (0, 2112)");
    }

    private void arm(Instant now, String only) {
        Timestamp at = Timestamp.from(now);
        jdbc.execute("drop temporary table if exists bench_arm");
        jdbc.execute("""
                create temporary table bench_arm (clock_id bigint primary key, request_id bigint not null,
                    paused boolean not null, grp tinyint not null, responded boolean not null, fr bigint not null,
                    res bigint not null, t bigint, started datetime(6), due datetime(6), risk datetime(6))
                """);
        // grp 1: at risk since up to 5 minutes, not told; 2: due since up to 5 minutes, at risk told;
        // 3: breached up to 300 days ago, told; 4: at risk and told, due ahead; 5: running, at risk ahead.
        jdbc.update(("""
                insert into bench_arm (clock_id, request_id, paused, grp, responded, fr, res)
                select c.id, c.request_id, r.status = 'WAITING_FOR_REQUESTER',
                    case when r.id %% 128 = 0 then 1 when r.id %% 128 = 64 then 2 when r.id %% 128 <= 50 then 3
                         when r.id %% 128 <= 60 then 4 else 5 end,
                    r.id %% 3 <> 0,
                    t.first_response_minutes * %s, t.resolution_minutes * %s
                from sla_clocks c join requests r on r.id = c.request_id
                join sla_plan_targets t on t.plan_id = c.plan_id and t.priority = c.priority
                join business_calendars fc on fc.id = t.first_response_calendar_id
                join business_calendars rc on rc.id = t.resolution_calendar_id
                where c.title like '%% bench %%' and c.resolved_at is null%s
                """).formatted(SECONDS_PER_MINUTE.formatted("fc"), SECONDS_PER_MINUTE.formatted("rc"), only));
        // Single-table updates assign from left to right: t, then started, then the current target's instants.
        jdbc.update("""
                update bench_arm set t = if(responded, res, fr),
                    started = case
                        when paused then ? - interval (24 + request_id % 2000) hour
                        when grp = 1 then ? - interval (request_id % 300) second - interval (t * 0.75) second
                        when grp = 2 then ? - interval (request_id % 300) second - interval t second
                        when grp = 3 then ? - interval (1 + request_id % 7200) hour - interval t second
                        when grp = 4 then ? - interval (t * (0.75 + (request_id % 250) / 1000)) second
                        else ? - interval (t * (request_id % 750) / 1000) second end,
                    due = started + interval t second,
                    risk = started + interval (t * 0.75) second
                """, at, at, at, at, at, at);
        jdbc.update("""
                update sla_clocks c join bench_arm a on a.clock_id = c.id set
                    c.started_at = a.started,
                    c.first_response_due_at = a.started + interval a.fr second,
                    c.first_response_at_risk_at = a.started + interval (a.fr * 0.75) second,
                    c.first_responded_at = if(a.responded, least(?, a.started + interval (a.fr * 0.5) second), null),
                    c.resolution_due_at = a.started + interval a.res second,
                    c.resolution_at_risk_at = a.started + interval (a.res * 0.75) second,
                    c.paused_since = if(a.paused, ? - interval (1 + a.request_id % 72) hour, null),
                    c.at_risk_told_at = if(a.paused or a.grp in (1, 5), null,
                        if(a.grp = 4, least(?, a.risk + interval 30 second), a.risk)),
                    c.breach_told_at = if(not a.paused and a.grp = 3, a.due + interval 30 second, null),
                    c.next_check_at = case when a.paused or a.grp = 3 then null when a.grp in (1, 5) then a.risk
                        else a.due end,
                    c.updated_at = ?
                """, at, at, at, at);
        jdbc.update("""
                update requests r join bench_arm a on a.request_id = r.id set
                    r.sla_target = if(a.responded, 'RESOLUTION', 'FIRST_RESPONSE'),
                    r.sla_due_at = a.due, r.sla_at_risk_at = a.risk, r.sla_paused = a.paused
                """);
        jdbc.update("delete b from sla_breaches b join bench_arm a on a.clock_id = b.clock_id");
        jdbc.update("""
                insert into sla_breaches (clock_id, request_id, organisation_id, target, due_at, breached_at, cause)
                select c.id, c.request_id, c.organisation_id, if(a.responded, 'RESOLUTION', 'FIRST_RESPONSE'), a.due,
                    a.due + interval 30 second, if(a.request_id % 5 = 0, 'priority=NORMAL>HIGH', null)
                from bench_arm a join sla_clocks c on c.id = a.clock_id where a.grp = 3 and not a.paused
                """);
        jdbc.update("delete p from sla_clock_pauses p join bench_arm a on a.clock_id = p.clock_id");
        jdbc.update("""
                insert into sla_clock_pauses (clock_id, paused_at, resumed_at)
                select c.id, c.paused_since, null from bench_arm a join sla_clocks c on c.id = a.clock_id where a.paused
                """);
        jdbc.execute("drop temporary table bench_arm");
    }
}
