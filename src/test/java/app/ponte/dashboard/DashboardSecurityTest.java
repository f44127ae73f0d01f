package app.ponte.dashboard;

import static app.ponte.RoleMatrix.EVERYONE;
import static app.ponte.RoleMatrix.TEAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.ponte.H2Test;
import app.ponte.RoleMatrix;
import app.ponte.SignedIn;
import app.ponte.SignedInServiceTest;
import app.ponte.audit.AuditTrail;
import app.ponte.catalogue.FreezeWindows;
import app.ponte.feedback.FeedbackOutlook;
import app.ponte.meeting.MeetingOutlook;
import app.ponte.notification.MailOutbox;
import app.ponte.notification.ScheduledJobs;
import app.ponte.organisation.DemoFixtures;
import app.ponte.organisation.DormantAccounts;
import app.ponte.planning.ConflictKind;
import app.ponte.planning.Conflicts;
import app.ponte.request.RequestDashboard;
import app.ponte.roadmap.RoadmapDashboard;
import app.ponte.security.NotFoundInScopeException;
import app.ponte.security.Role;
import app.ponte.sla.SlaWatch;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 18 as an attacker reads it: every role against every public method the dashboards added to a service (those
 * already in their feature's role matrix, {@code PlanningServiceSecurityTest} and {@code RoadmapServiceSecurityTest},
 * are left there), another organisation's id answered "not found" and audited, and the relationship health list
 * closed to requesters, its recompute to the team, and two recomputes at once leaving one list.
 */
@H2Test
class DashboardSecurityTest extends SignedInServiceTest {

    static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);
    static final Set<Role> REQUESTERS = EnumSet.of(Role.INTERNAL, Role.CLIENT_ADMIN, Role.CLIENT);

    @Autowired
    AuditTrail trail;
    @Autowired
    FreezeWindows freezes;
    @Autowired
    FeedbackOutlook feedback;
    @Autowired
    MeetingOutlook meetings;
    @Autowired
    MailOutbox outbox;
    @Autowired
    ScheduledJobs jobs;
    @Autowired
    DormantAccounts dormant;
    @Autowired
    Conflicts conflicts;
    @Autowired
    RequestDashboard requests;
    @Autowired
    SlaWatch sla;
    @Autowired
    RelationshipHealth health;
    @Autowired
    RoadmapDashboard roadmap;
    @Autowired
    DemoFixtures demo;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @TestFactory
    Stream<DynamicTest> each_role_is_let_through_exactly_the_dashboard_methods_meant_for_it() {
        long aurora = demo.organisationId("Aurora Commerce");
        return RoleMatrix.pastTheCheck()
                .call("AuditTrail.refusalsPerDay", ADMIN, () -> trail.refusalsPerDay(ZoneOffset.UTC, 7))
                .call("FreezeWindows.upcomingForMyOrganisation", REQUESTERS,
                        () -> freezes.upcomingForMyOrganisation(60, 8))
                .call("FeedbackOutlook.waitingForMe", REQUESTERS, () -> feedback.waitingForMe())
                .call("MeetingOutlook.nextReview", REQUESTERS, () -> meetings.nextReview())
                .call("MeetingOutlook.openActionItems", REQUESTERS, () -> meetings.openActionItems())
                .call("MailOutbox.watch", ADMIN, () -> outbox.watch(5))
                .call("ScheduledJobs.jobs", ADMIN, () -> jobs.jobs())
                .call("DormantAccounts.count", ADMIN, () -> dormant.count())
                .call("DormantAccounts.oldest", ADMIN, () -> dormant.oldest(PageRequest.of(0, 5)))
                .call("Conflicts.active(kind)", TEAM, () -> conflicts.active(ConflictKind.CAPACITY, PageRequest.of(0, 1)))
                .call("Conflicts.resolved(kind)", TEAM,
                        () -> conflicts.resolved(ConflictKind.CAPACITY, PageRequest.of(0, 1)))
                .call("RequestDashboard.oursByStatusAndKind", REQUESTERS, () -> requests.oursByStatusAndKind())
                .call("RequestDashboard.oursOldestOpen", REQUESTERS, () -> requests.oursOldestOpen(5))
                .call("RequestDashboard.oursWaitingCount", REQUESTERS, () -> requests.oursWaitingCount())
                .call("RequestDashboard.oursWaiting", REQUESTERS, () -> requests.oursWaiting(5))
                .call("RequestDashboard.openByAge", TEAM, () -> requests.openByAge())
                .call("RequestDashboard.openByOrganisation", TEAM, () -> requests.openByOrganisation(5))
                .call("RequestDashboard.queue", TEAM, () -> requests.queue(Instant.EPOCH))
                .call("SlaWatch.openClocks", EVERYONE, () -> sla.openClocks())
                // Everyone passes the role check; a requester of another organisation is refused for the id below.
                .call("SlaWatch.openClocks(organisation)", EVERYONE, () -> sla.openClocks(aurora))
                .call("SlaWatch.nextDeadlines", EVERYONE, () -> sla.nextDeadlines())
                .call("RelationshipHealth.columns", TEAM, () -> health.columns())
                .call("RelationshipHealth.page", TEAM, () -> health.page(null, true, PageRequest.of(0, 5)))
                .call("RelationshipHealth.computedAt", TEAM, () -> health.computedAt())
                .call("RelationshipHealth.lastRun", ADMIN, () -> health.lastRun())
                .call("RelationshipHealth.quiet", ADMIN, () -> health.quiet(30, PageRequest.of(0, 5)))
                .call("RelationshipHealth.recompute", ADMIN, () -> health.recompute())
                .tests(users);
    }

    @Test
    void a_requester_asking_for_another_organisations_sla_or_roadmap_figures_is_answered_not_found_and_audited() {
        long meridian = demo.organisationId("Meridian Bank");
        int before = refusals(meridian);

        List<Throwable> refused = new ArrayList<>();
        for (String requester : List.of("ana@aurora.test", "leo@aurora.test", "marketing@ponte.test")) {
            refused.add(catchThrowable(() -> as(requester, () -> sla.openClocks(meridian))));
            refused.add(catchThrowable(() -> as(requester, () -> roadmap.coming(meridian, 5))));
            refused.add(catchThrowable(() -> as(requester, () -> roadmap.promisesByMonth(meridian, 12))));
        }

        assertThat(refused).hasSize(9).allSatisfy(t -> assertThat(t).isInstanceOf(NotFoundInScopeException.class));
        assertThat(refusals(meridian)).as("each attempt left in the audit trail").isEqualTo(before + 9);
        assertThat(as("rita@meridian.test", () -> sla.openClocks(meridian))).isNotNull();
        assertThat(as("lead@ponte.test", () -> sla.openClocks(meridian))).isNotNull();
    }

    @Test
    void another_organisations_id_and_an_id_that_does_not_exist_get_the_same_answer() {
        long meridian = demo.organisationId("Meridian Bank");
        List<java.util.function.LongFunction<Supplier<?>>> calls = List.of(id -> () -> sla.openClocks(id),
                id -> () -> roadmap.coming(id, 5), id -> () -> roadmap.promisesByMonth(id, 12));
        for (var call : calls) {
            List<String> answers = Stream.of(meridian, Long.MAX_VALUE, -1L, 0L)
                    .map(id -> catchThrowableOfType(NotFoundInScopeException.class,
                            () -> as("ana@aurora.test", call.apply(id))).getMessage().replace(String.valueOf(id), "ID"))
                    .distinct().toList();
            assertThat(answers).hasSize(1);
        }
    }

    @Test
    void requesters_reach_no_part_of_the_health_list_and_the_team_cannot_recompute_it() {
        for (Role role : REQUESTERS) {
            String email = RoleMatrix.ACCOUNTS.get(role);
            List<Runnable> calls = List.of(() -> health.page(null, true, PageRequest.of(0, 5)),
                    () -> health.page("requests.open", false, PageRequest.of(0, 5)), () -> health.columns(),
                    () -> health.computedAt(), () -> health.lastRun(), () -> health.quiet(0, PageRequest.of(0, 5)),
                    () -> health.recompute());
            for (Runnable call : calls) {
                assertThat(catchThrowable(() -> SignedIn.run(users, email, call))).as(role.name())
                        .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
            }
        }
        Instant computed = as("admin@ponte.test", () -> health.lastRun()).map(HealthRun::computedAt).orElse(null);
        assertThat(catchThrowable(() -> SignedIn.run(users, "lead@ponte.test", () -> health.recompute())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(catchThrowable(() -> SignedIn.run(users, "lead@ponte.test", () -> health.lastRun())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(as("admin@ponte.test", () -> health.lastRun()).map(HealthRun::computedAt).orElse(null))
                .as("the team's refused recompute stored nothing").isEqualTo(computed);
    }

    /**
     * An administrator's "Recompute now" while the job's round (or another administrator's) is writing: the second
     * waits on the run row's lock, and one list remains, each organisation once, each value once.
     */
    @Test
    void two_recomputes_at_once_leave_one_list_without_duplicates() throws Exception {
        CountDownLatch firstHoldsTheLock = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = threads.submit(() -> SignedIn.run(users, "admin@ponte.test",
                    () -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                        health.recompute();
                        firstHoldsTheLock.countDown();
                        await(secondStarted);
                        sleep(300); // the second is now blocked on the run row, or about to be
                    })));
            await(firstHoldsTheLock);
            Future<?> second = threads.submit(() -> SignedIn.run(users, "admin@ponte.test", () -> {
                secondStarted.countDown();
                health.recompute();
            }));
            first.get(60, TimeUnit.SECONDS);
            second.get(60, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }

        int served = jdbc.queryForObject("""
                select count(*) from organisations where active = true and kind <> 'TEAM'""", Integer.class);
        assertThat(jdbc.queryForObject("select count(*) from relationship_health_organisations", Integer.class))
                .isEqualTo(served)
                .isEqualTo(jdbc.queryForObject(
                        "select count(distinct organisation_id) from relationship_health_organisations", Integer.class));
        assertThat(jdbc.queryForList("""
                select organisation_id, signal_key from relationship_health_values
                group by organisation_id, signal_key having count(*) > 1""")).isEmpty();
        List<Long> unknown = Collections.unmodifiableList(jdbc.queryForList("""
                select v.organisation_id from relationship_health_values v
                where not exists (select 1 from relationship_health_organisations o
                                  where o.organisation_id = v.organisation_id)""", Long.class));
        assertThat(unknown).isEmpty();
    }

    private int refusals(long targetId) {
        return jdbc.queryForObject("""
                select count(*) from audit_events where outcome = 'REFUSED' and target_id = ?
                  and action in ('sla.open-clocks', 'roadmap.dashboard.coming', 'roadmap.dashboard.promises')
                """, Integer.class, targetId);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("waited a minute");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
