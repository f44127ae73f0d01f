package app.ponte.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.SignedIn;
import app.ponte.request.RequestFilter;
import app.ponte.request.RequestLists;
import app.ponte.sla.ClockScanRunner;
import app.ponte.sla.SlaAttainment;
import app.ponte.sla.SlaPlans;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 16's support commitments at 1,000,000 requests with 50,000 open support clocks on MariaDB
 * ({@link SlaScaleData}): one scan finding what is newly at risk or breached within 1 s, reading only the clocks
 * whose next check has come; the team inbox sorted by next breach, first page, within 100 ms at p95 (also "at risk
 * or breached"); a month's attainment of the largest organisation within 300 ms. A plan change that computes all
 * the organisation's open clocks again is measured without a target. Run with docs/benchmark.sh SlaBenchmark;
 * figures in docs/benchmarks.md.
 */
@SpringBootTest
@ActiveProfiles("benchmark")
class SlaBenchmark {

    private static final int GRID_PAGE = 50;
    private static final YearMonth ATTAINMENT_MONTH = YearMonth.of(2026, 10);
    /** Reading every open clock would cost 50,000 rows at least: a scan in a steady minute must stay far below. */
    private static final long OPEN_CLOCKS_READ_LIMIT = SlaScaleData.OPEN_CLOCKS;

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    RequestLists lists;
    @Autowired
    SlaAttainment attainment;
    @Autowired
    SlaPlans plans;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_scan_the_inbox_by_next_breach_and_a_months_attainment_stay_within_their_targets() throws InterruptedException {
        var data = new SlaScaleData(jdbc);
        boolean generated = data.ensure();
        var runner = new ScenarioRunner(jdbc);
        long aurora = jdbc.queryForObject("select id from organisations where name = 'Aurora Commerce'", Long.class);

        long armStarted = System.nanoTime();
        data.arm(Instant.now());
        double armSeconds = (System.nanoTime() - armStarted) / 1e9;
        long dueAtArming = jdbc.queryForObject("select count(*) from sla_clocks where next_check_at <= now(6)",
                Long.class);
        String dueQueryPlan = String.join("; ", jdbc.query("""
                explain select c.id, c.next_check_at from sla_clocks c
                where c.next_check_at <= now(6) and (c.next_check_at > '1970-01-01' or (c.next_check_at = '1970-01-01'
                    and c.id > 0)) order by c.next_check_at, c.id limit 200
                """, (row, n) -> "type=%s key=%s rows=%s extra=%s".formatted(row.getString("type"),
                row.getString("key"), row.getString("rows"), row.getString("Extra"))));
        System.out.println("[benchmark] due query: " + dueQueryPlan);

        SignedIn.as(users, "lead@ponte.test");
        var byBreach = runner.measure("team inbox by next breach, first page, everything",
                () -> inbox(RequestFilter.ALL));
        var openByBreach = runner.measure("team inbox by next breach, first page, open requests",
                () -> inbox(RequestFilter.ALL.openOnly(true)));
        var atRisk = runner.measure("team inbox by next breach, at risk or breached",
                () -> inbox(RequestFilter.ALL.atRiskOnly(true)));
        var openAtRisk = runner.measure("team inbox by next breach, open and at risk or breached",
                () -> inbox(RequestFilter.ALL.openOnly(true).atRiskOnly(true)));
        var auroraByBreach = runner.measure("team inbox by next breach, Aurora Commerce",
                () -> inbox(new RequestFilter("", null, null, aurora, null, false)));
        var month = runner.measure("attainment of Aurora Commerce (largest organisation) for %s, breaches listed"
                .formatted(ATTAINMENT_MONTH), () -> attainment.forMonth(aurora, ATTAINMENT_MONTH).breaches());
        var thisMonth = runner.measure("attainment of Aurora Commerce, the month running now",
                () -> attainment.forMonth(aurora, attainment.currentMonth(aurora)).breaches());
        var counted = attainment.forMonth(aurora, ATTAINMENT_MONTH);

        SignedIn.as(users, "leo@aurora.test");
        var ours = runner.measure("client: our requests by next breach, first page",
                () -> lists.ours(RequestFilter.ALL, PageRequest.of(0, GRID_PAGE, Sort.by(RequestLists.NEXT_BREACH)))
                        .getContent());

        // A scan changes what the next one finds: the clocks it handled are re-armed before each call.
        var minute = runner.measure("SLA scan, a steady minute: what became at risk or breached among 50,000 open "
                + "clocks (re-armed before each call; 3 warm-up, 20 measured)", 3, 20,
                () -> data.rearmMinute(Instant.now()), this::scan);
        var backlog = runner.measure("SLA scan after about 45 minutes without one (one clock in 64 due; "
                + "re-armed before each call; 1 warm-up, 5 measured)", 1, 5, () -> data.rearmBacklog(Instant.now()), this::scan);

        // A plan change marks every open clock of the organisation; the first pages are computed before the save
        // returns, the rest in the background (sla.ClockRecomputations).
        SignedIn.as(users, "admin@ponte.test");
        long premium = jdbc.queryForObject("select id from sla_plans where name = 'Premium 24/7'", Long.class);
        long business = jdbc.queryForObject("select id from sla_plans where name = 'Business hours'", Long.class);
        long auroraOpen = jdbc.queryForObject(
                "select count(*) from sla_clocks where organisation_id = ? and resolved_at is null", Long.class, aurora);
        // One change per run (minutes at this size): to the plan Aurora is not on, so runs alternate.
        long onPlan = jdbc.queryForObject("select plan_id from sla_plan_assignments where organisation_id = ?",
                Long.class, aurora);
        long toPlan = onPlan == premium ? business : premium;
        String toName = toPlan == premium ? "Premium 24/7" : "Business hours";
        long rowsBefore = runner.rowsRead();
        long started = System.nanoTime();
        plans.assign(aurora, toPlan);
        double returned = (System.nanoTime() - started) / 1e9;
        long rowsWaited = runner.rowsRead() - rowsBefore;
        // The rest is computed in the background after the save returned: wait until no clock is marked.
        while (jdbc.queryForObject("select count(*) from sla_clocks where recompute_cause is not null", Long.class) > 0
                && System.nanoTime() - started < java.time.Duration.ofMinutes(30).toNanos()) {
            Thread.sleep(500);
        }
        String planChange = ("to %s: the save returned after %.1f s (%,d rows read by the saver's connection), "
                + "every clock computed again after %.1f s").formatted(toName, returned, rowsWaited,
                (System.nanoTime() - started) / 1e9);
        System.out.println("[benchmark] plan change: " + planChange);

        var report = runner.writeReport("sla", "Support commitments (issue 16)", List.of(
                "Data: %,d requests, %,d SLA clocks (%,d open, %,d of them Aurora Commerce's), %,d breaches, on MariaDB %s%s."
                        .formatted(jdbc.queryForObject("select count(*) from requests", Long.class),
                                jdbc.queryForObject("select count(*) from sla_clocks", Long.class),
                                data.openClocks(), auroraOpen,
                                jdbc.queryForObject("select count(*) from sla_breaches", Long.class),
                                jdbc.queryForObject("select version()", String.class),
                                generated ? " (clocks generated in this run)" : ""),
                "Arming the 50,000 open clocks relative to now (outside the measured time): %.1f s; due at a scan: %,d."
                        .formatted(armSeconds, dueAtArming),
                "The scan's due query: " + dueQueryPlan + ".",
                "Aurora Commerce in %s: first response %d of %d in time, resolution %d of %d in time, %d breaches."
                        .formatted(ATTAINMENT_MONTH, counted.firstResponse().withinTarget(),
                                counted.firstResponse().measured(), counted.resolution().withinTarget(),
                                counted.resolution().measured(), counted.breaches().size()),
                "Plan change of Aurora Commerce (%,d open clocks computed again on the calendars, 50 a transaction), "
                        .formatted(auroraOpen) + planChange + ".",
                "Each list scenario: 30 warm-up calls, then 200 measured calls of the service method (page of 50)."));
        System.out.println("[benchmark] report written to " + report.toAbsolutePath());

        assertThat(minute.p95Millis()).as(minute.scenario()).isLessThanOrEqualTo(1_000);
        assertThat(minute.rowsReadPerCall()).as("rows read by one scan").isLessThan(OPEN_CLOCKS_READ_LIMIT);
        for (var first : List.of(byBreach, openByBreach, atRisk, openAtRisk, auroraByBreach)) {
            assertThat(first.p95Millis()).as(first.scenario()).isLessThanOrEqualTo(100);
        }
        assertThat(month.p95Millis()).as(month.scenario()).isLessThanOrEqualTo(300);
        assertThat(thisMonth.p95Millis()).as(thisMonth.scenario()).isLessThanOrEqualTo(300);
        assertThat(ours.p95Millis()).as(ours.scenario()).isLessThanOrEqualTo(100);
    }

    /** One scan as the scheduled job runs it; as many rows as clocks it looked at. */
    private List<Integer> scan() {
        int looked = ClockScanRunner.scanOnce(context);
        return Collections.nCopies(looked, looked);
    }

    private List<?> inbox(RequestFilter filter) {
        return lists.inbox(filter, PageRequest.of(0, GRID_PAGE, Sort.by(RequestLists.NEXT_BREACH))).getContent();
    }
}
