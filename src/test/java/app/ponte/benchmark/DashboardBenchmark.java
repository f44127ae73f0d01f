package app.ponte.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.SignedIn;
import app.ponte.audit.AuditTrail;
import app.ponte.catalogue.FreezeWindows;
import app.ponte.dashboard.ChartData;
import app.ponte.dashboard.DashboardCharts;
import app.ponte.dashboard.HealthColumn;
import app.ponte.dashboard.RelationshipHealth;
import app.ponte.dashboard.RelationshipSignal;
import app.ponte.feedback.FeedbackOutlook;
import app.ponte.meeting.MeetingOutlook;
import app.ponte.notification.MailOutbox;
import app.ponte.notification.ScheduledJobs;
import app.ponte.oncall.OnCall;
import app.ponte.organisation.DormantAccounts;
import app.ponte.planning.ConflictOverview;
import app.ponte.planning.PlanningSettings;
import app.ponte.planning.TeamCapacities;
import app.ponte.request.RequestDashboard;
import app.ponte.roadmap.Deliveries;
import app.ponte.roadmap.PromiseLedger;
import app.ponte.roadmap.RoadmapDashboard;
import app.ponte.sla.SlaAttainment;
import app.ponte.sla.SlaPlans;
import app.ponte.sla.SlaWatch;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 18's dashboards on the large data ({@link CadenceScaleData}: 5,000 organisations, 1,000,000 requests, their
 * planning, roadmap, support clocks and cadence). Each dashboard is measured as the server work of all its blocks:
 * every {@code DashboardBlock} of the audience calls its feature's services (the calls listed below, with the blocks'
 * own arguments), signed in as the viewer; one scenario per service call names the slowest, and one per audience sums
 * them. Targets: the dashboard of the largest client (Aurora Commerce, ana@aurora.test) and the team's
 * (lead@ponte.test) within 300 ms at p95 (the admin's is measured too, with the same target); the relationship health
 * list of 5,000 organisations, first page sorted by any column either way or by name, within 300 ms at p95. The
 * relationship health's recompute and each signal's measure are timed without a target; chart drawing is measured
 * apart (cold: distinct data each call; warm: the cache). Run with docs/benchmark.sh DashboardBenchmark; figures in
 * docs/benchmarks.md.
 */
@SpringBootTest
@ActiveProfiles("benchmark")
class DashboardBenchmark {

    private static final int GRID_PAGE = 50;
    private static final double TARGET_MILLIS = 300;
    /** A call slower than this on its first run is measured with 3 warm-up and 20 measured calls (named so). */
    private static final long SLOW_NANOS = 1_000_000_000L;

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    RequestDashboard requests;
    @Autowired
    RoadmapDashboard roadmap;
    @Autowired
    PromiseLedger promises;
    @Autowired
    Deliveries deliveries;
    @Autowired
    ConflictOverview conflicts;
    @Autowired
    TeamCapacities capacities;
    @Autowired
    FreezeWindows freezes;
    @Autowired
    SlaPlans slaPlans;
    @Autowired
    SlaAttainment attainment;
    @Autowired
    SlaWatch slaWatch;
    @Autowired
    MeetingOutlook meetings;
    @Autowired
    FeedbackOutlook feedback;
    @Autowired
    OnCall onCall;
    @Autowired
    MailOutbox outbox;
    @Autowired
    AuditTrail audit;
    @Autowired
    DormantAccounts dormant;
    @Autowired
    ScheduledJobs jobs;
    @Autowired
    PlanningSettings planning;
    @Autowired
    RelationshipHealth health;

    private ScenarioRunner runner;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void every_dashboard_and_the_relationship_health_list_stay_within_their_targets() {
        var data = new CadenceScaleData(jdbc, passwordEncoder.encode("benchmark-only-password"));
        boolean generated = data.ensure();
        runner = new ScenarioRunner(jdbc);
        long aurora = jdbc.queryForObject("select id from organisations where name = ?", Long.class,
                CadenceScaleData.AURORA);

        // Relationship health: a recompute as the job and the admin's button run it, then each signal apart.
        SignedIn.as(users, "admin@ponte.test");
        long writesBefore = rowsWritten();
        long recomputeStarted = System.nanoTime();
        health.recompute();
        double firstRecompute = (System.nanoTime() - recomputeStarted) / 1e9;
        long writtenByOne = rowsWritten() - writesBefore;
        var recompute = runner.measure("relationship health: recompute (every signal, values replaced; 1 warm-up, "
                + "5 measured)", 1, 5, () -> { }, () -> {
                    health.recompute();
                    return List.of(1);
                });
        List<Measurement> signalMeasures = new ArrayList<>();
        java.time.Instant now = java.time.Instant.now();
        context.getBeansOfType(RelationshipSignal.class).values().stream()
                .sorted(Comparator.comparingInt(RelationshipSignal::order)).forEach(signal -> signalMeasures.add(
                        runner.measure("signal %s: measure (1 warm-up, 5 measured)".formatted(signal.key()), 1, 5,
                                () -> { }, () -> signal.measure(now).entrySet())));
        long organisationsListed = count("relationship_health_organisations");
        long values = count("relationship_health_values");

        // The list's first page by every column both ways, and by name, as the team's grid asks for it.
        SignedIn.as(users, "lead@ponte.test");
        List<Measurement> pages = new ArrayList<>();
        for (HealthColumn column : health.columns()) {
            for (boolean worstFirst : List.of(true, false)) {
                pages.add(runner.measure("relationship health, first page by %s, %s".formatted(column.key(),
                        worstFirst ? "worst first" : "best first"),
                        () -> health.page(column.key(), worstFirst, PageRequest.of(0, GRID_PAGE)).getContent()));
            }
        }
        for (boolean descending : List.of(false, true)) {
            pages.add(runner.measure("relationship health, first page by name, " + (descending ? "Z to A" : "A to Z"),
                    () -> health.page(null, descending, PageRequest.of(0, GRID_PAGE)).getContent()));
        }

        // The dashboards: each block's service calls, with the blocks' own arguments.
        var client = dashboard("client (ana@aurora.test, Aurora Commerce)", "ana@aurora.test",
                requesterCalls(aurora));
        var team = dashboard("team (lead@ponte.test)", "lead@ponte.test", teamCalls());
        var admin = dashboard("admin (admin@ponte.test)", "admin@ponte.test", adminCalls());

        // Charts: drawn anew (a value differs every call, so the cache never has it) and from the cache.
        var distinct = new AtomicInteger();
        var charts = new DashboardCharts(Locale.ENGLISH);
        var cold = runner.measure("chart drawn anew: 12 weeks, two series of bars (cache bypassed: distinct data)",
                () -> List.of(charts.draw(chart(distinct.incrementAndGet()))));
        var warm = runner.measure("the same chart again (from the cache)", () -> List.of(charts.draw(chart(0))));
        SecurityContextHolder.clearContext();

        List<String> explains = explainSuspects();
        explains.forEach(line -> System.out.println("[benchmark] " + line));
        var report = runner.writeReport("dashboards", "Dashboards (issue 18)", List.of(
                ("Data: %,d organisations, %,d accounts, %,d requests (%,d Aurora Commerce's), %,d initiatives, %,d "
                        + "milestones (%,d open with a committed day), %,d SLA clocks, %,d meetings, %,d open "
                        + "conflicts, on MariaDB %s%s.").formatted(count("organisations"), count("accounts"),
                        count("requests"), jdbc.queryForObject("select count(*) from requests where organisation_id = ?",
                                Long.class, aurora),
                        count("initiatives"), count("milestones"), jdbc.queryForObject("select count(*) from milestones"
                                + " where status in ('PLANNED', 'IN_PROGRESS') and committed_on is not null",
                                Long.class),
                        count("sla_clocks"), count("meetings"), jdbc.queryForObject(
                                "select count(*) from planning_conflicts where active = true", Long.class),
                        jdbc.queryForObject("select version()", String.class),
                        generated ? " (data generated in this run)" : ""),
                ("Relationship health: %,d organisations, %,d values; the first recompute %.1f s, writing %,d rows "
                        + "(Handler_write, _update, _delete).").formatted(organisationsListed, values, firstRecompute,
                        writtenByOne),
                "EXPLAIN: " + String.join("; ", explains) + ".",
                "A dashboard's scenario is the sum of its blocks' service calls (listed as its own scenarios); "
                        + "rows returned is then the number of calls. Each scenario: 30 warm-up calls, then 200 "
                        + "measured, unless named otherwise."));
        System.out.println("[benchmark] report written to " + report.toAbsolutePath());

        for (var whole : List.of(client, team, admin)) {
            assertThat(whole.p95Millis()).as(whole.scenario()).isLessThanOrEqualTo(TARGET_MILLIS);
        }
        for (var page : pages) {
            assertThat(page.p95Millis()).as(page.scenario()).isLessThanOrEqualTo(TARGET_MILLIS);
        }
        assertThat(pages).as("a first page per column both ways and by name").hasSize(2 * health.columns().size() + 2);
        assertThat(organisationsListed).as("organisations in the relationship health list: every one served")
                .isEqualTo(jdbc.queryForObject("select count(*) from organisations where active = true"
                        + " and kind <> 'TEAM'", Long.class));
        assertThat(cold.p95Millis()).as(cold.scenario()).isGreaterThan(warm.p95Millis());
        assertThat(recompute.runs()).isPositive();
        assertThat(signalMeasures).isNotEmpty();
    }

    /** The requester's blocks (OUR_REQUESTS, COMING, OUR_SYSTEMS) as they call their services. */
    private Map<String, Supplier<?>> requesterCalls(long organisation) {
        Map<String, Supplier<?>> calls = new LinkedHashMap<>();
        calls.put("requests by status and kind (RequestDashboard.oursByStatusAndKind)", requests::oursByStatusAndKind);
        calls.put("oldest open (oursOldestOpen(5))", () -> requests.oursOldestOpen(5));
        calls.put("waiting for our answer (oursWaitingCount, oursWaiting(5))",
                () -> List.of(requests.oursWaitingCount(), requests.oursWaiting(5)));
        calls.put("coming milestones (RoadmapDashboard.coming(5))", () -> roadmap.coming(organisation, 5));
        calls.put("promises by month (RoadmapDashboard.promisesByMonth(12))",
                () -> roadmap.promisesByMonth(organisation, 12));
        calls.put("changelog, first five (Deliveries.changelog)",
                () -> deliveries.changelog(organisation, PageRequest.of(0, 5)));
        calls.put("conflicts involving us (ConflictOverview.involvingMine(6))", () -> conflicts.involvingMine(6));
        calls.put("freeze windows, next 60 days (FreezeWindows.upcomingForMyOrganisation)",
                () -> freezes.upcomingForMyOrganisation(60, 8));
        calls.put("SLA attainment, three months (SlaPlans.myPlan, SlaAttainment.choices, currentMonth, forMonth x3)",
                () -> {
                    List<Object> made = new ArrayList<>();
                    made.add(slaPlans.myPlan());
                    var choices = attainment.choices();
                    if (choices.preselected() != null) {
                        long id = choices.preselected().id();
                        YearMonth current = attainment.currentMonth(id);
                        for (int back = 2; back >= 0; back--) {
                            made.add(attainment.forMonth(id, current.minusMonths(back)));
                        }
                    }
                    return made;
                });
        calls.put("open clocks and next deadlines (SlaWatch.openClocks, nextDeadlines)",
                () -> List.of(slaWatch.openClocks(), slaWatch.nextDeadlines()));
        calls.put("next review and action items (MeetingOutlook.nextReview, openActionItems)",
                () -> List.of(meetings.nextReview(), meetings.openActionItems()));
        calls.put("feedback waiting (FeedbackOutlook.waitingForMe)", feedback::waitingForMe);
        return calls;
    }

    /** The team's blocks (QUEUE, PLANNING, DELIVERY, RELATIONSHIPS). */
    private Map<String, Supplier<?>> teamCalls() {
        ZoneId zone = ZoneId.of("America/Sao_Paulo");
        Map<String, Supplier<?>> calls = new LinkedHashMap<>();
        calls.put("open requests by age (RequestDashboard.openByAge)", requests::openByAge);
        calls.put("open requests by organisation, top 10 (openByOrganisation)", () -> requests.openByOrganisation(10));
        calls.put("queue: unassigned, waiting, new today (queue)",
                () -> requests.queue(LocalDate.now(zone).atStartOfDay(zone).toInstant()));
        calls.put("milestones at risk (RoadmapDashboard.atRisk(5))", () -> roadmap.atRisk(5));
        calls.put("on time, 12 months (PromiseLedger.recentDeliveryRecord)", () -> promises.recentDeliveryRecord(12));
        calls.put("throughput, 12 weeks (RoadmapDashboard.deliveredByWeek)", () -> roadmap.deliveredByWeek(12));
        calls.put("open conflicts by kind, next decisions (ConflictOverview.openByKind, nextDecisions(5))",
                () -> List.of(conflicts.openByKind(), conflicts.nextDecisions(5)));
        calls.put("capacity, 12 weeks (TeamCapacities.outlook)", () -> capacities.outlook(12));
        calls.put("clocks at risk and next deadlines (SlaWatch.openClocks, nextDeadlines)",
                () -> List.of(slaWatch.openClocks(), slaWatch.nextDeadlines()));
        calls.put("on call now, hand-overs, gaps (OnCall.now, handOvers, gaps)",
                () -> List.of(onCall.now(), onCall.handOvers(), onCall.gaps()));
        calls.put("relationship health card (columns, first page worst first, computedAt)", this::healthCard);
        return calls;
    }

    /** The administrators' blocks (RELATIONSHIPS, ADMINISTRATION). */
    private Map<String, Supplier<?>> adminCalls() {
        Map<String, Supplier<?>> calls = new LinkedHashMap<>();
        calls.put("relationship health card (columns, first page worst first, computedAt)", this::healthCard);
        calls.put("quiet organisations, 30 days, first 10 (RelationshipHealth.quiet, computedAt)",
                () -> List.of(health.quiet(30, PageRequest.of(0, 10)), health.computedAt()));
        calls.put("outbox watch (MailOutbox.watch(5))", () -> outbox.watch(5));
        calls.put("refusals per day, 7 days (AuditTrail.refusalsPerDay)",
                () -> audit.refusalsPerDay(ZoneId.of("America/Sao_Paulo"), 7));
        calls.put("never signed in (DormantAccounts.count, oldest 10)",
                () -> List.of(dormant.count(), dormant.oldest(PageRequest.of(0, 10))));
        calls.put("jobs (ScheduledJobs.jobs, PlanningSettings.latestRecompute, RelationshipHealth.computedAt)",
                () -> List.of(jobs.jobs(), planning.latestRecompute(), health.computedAt()));
        return calls;
    }

    private Object healthCard() {
        List<HealthColumn> columns = health.columns();
        String first = columns.isEmpty() ? null : columns.getFirst().key();
        return List.of(columns, health.page(first, true, PageRequest.of(0, GRID_PAGE)), health.computedAt());
    }

    /** One scenario per call, then the whole dashboard (every call in turn) as one. */
    private Measurement dashboard(String audience, String email, Map<String, Supplier<?>> calls) {
        SignedIn.as(users, email);
        calls.forEach((name, call) -> measure(audience + ": " + name, () -> rows(call.get())));
        return measure(audience + ": the whole dashboard (%d calls)".formatted(calls.size()), () -> {
            List<Object> all = new ArrayList<>();
            calls.values().forEach(call -> all.add(call.get()));
            return all;
        });
    }

    private Measurement measure(String scenario, Supplier<? extends Collection<?>> call) {
        long started = System.nanoTime();
        call.get();
        if (System.nanoTime() - started > SLOW_NANOS) {
            return runner.measure(scenario + " (slow: 3 warm-up, 20 measured)", 3, 20, () -> { }, call);
        }
        return runner.measure(scenario, call);
    }

    /** What a call returned, counted as the rows it shows: a list's or page's entries, one for a single figure. */
    private static List<Object> rows(Object result) {
        List<Object> rows = new ArrayList<>();
        add(rows, result);
        return rows;
    }

    private static void add(List<Object> rows, Object result) {
        switch (result) {
            case Slice<?> slice -> rows.addAll(slice.getContent());
            case Collection<?> many -> many.forEach(one -> add(rows, one));
            case Map<?, ?> map -> rows.addAll(map.entrySet());
            case Optional<?> maybe -> maybe.ifPresent(rows::add);
            case null -> { }
            default -> rows.add(result);
        }
    }

    private static ChartData chart(int variant) {
        List<String> weeks = new ArrayList<>();
        List<Double> available = new ArrayList<>();
        List<Double> committed = new ArrayList<>();
        for (int week = 0; week < 12; week++) {
            weeks.add("Week of " + LocalDate.of(2026, 12, 7).plusWeeks(week));
            available.add(25.0);
            committed.add(12.0 + week + (week == 0 ? variant / 1000.0 : 0));
        }
        return new ChartData("Capacity, 12 weeks", ChartData.Kind.BARS, "Week", "Days", weeks,
                List.of(ChartData.Series.of("Available", available), ChartData.Series.of("Committed", committed)),
                null);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    /** MariaDB's write counters of this connection: rows inserted, updated and deleted so far. */
    private long rowsWritten() {
        return jdbc.query("show session status where Variable_name in ('Handler_write', 'Handler_update', "
                + "'Handler_delete')", resultSet -> {
                    long sum = 0;
                    while (resultSet.next()) {
                        sum += resultSet.getLong(2);
                    }
                    return sum;
                });
    }

    private List<String> explainSuspects() {
        List<String> lines = new ArrayList<>();
        explain(lines, "open committed milestones' requests (at risk)", """
                explain select m.id, i.id, r.request_id from milestones m join initiatives i on i.id = m.initiative_id
                join milestone_requests r on r.milestone_id = m.id
                where m.status in ('PLANNED', 'IN_PROGRESS') and m.committed_on is not null
                """);
        explain(lines, "relationship health by a value", """
                explain select v.organisation_id from relationship_health_values v where v.signal_key = 'requests.open'
                order by v.signal_value desc, v.organisation_id desc limit 51
                """);
        return lines;
    }

    private void explain(List<String> lines, String name, String sql) {
        lines.add(name + ": " + String.join(" / ", jdbc.query(sql, (row, n) -> "%s type=%s key=%s rows=%s %s"
                .formatted(row.getString("table"), row.getString("type"), row.getString("key"),
                        row.getString("rows"), row.getString("Extra")))));
    }
}
