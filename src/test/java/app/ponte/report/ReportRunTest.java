package app.ponte.report;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.H2Test;
import app.ponte.SignedInServiceTest;
import app.ponte.report.ProgressReportFixtures.Client;
import app.ponte.security.SystemAuthentication;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The nightly run sends each organisation's last ended period once: stopped half-way it finishes on the next run,
 * and two callers racing for the same period store it (and mail it) once. The other organisations' schedules are
 * switched off for each test and back on after it, so that the run touches only this test's organisations.
 */
@H2Test
class ReportRunTest extends SignedInServiceTest {

    @Autowired
    ReportRun run;
    @Autowired
    NightlyReports job;
    @Autowired
    ReportSchedules schedules;
    @Autowired
    ReportStore store;
    @Autowired
    ProgressReportFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private final List<Long> switchedOff = new ArrayList<>();

    @BeforeEach
    void onlyThisTestsOrganisationsAreScheduled() {
        run.scheduleNewcomers();
        switchedOff.addAll(jdbc.queryForList("select organisation_id from report_schedules where active = true",
                Long.class));
        jdbc.update("update report_schedules set active = false where active = true");
    }

    @AfterEach
    void theOtherSchedulesAreBackOn() {
        switchedOff.forEach(id -> jdbc.update("update report_schedules set active = true where organisation_id = ?", id));
        switchedOff.clear();
    }

    @Test
    void a_run_stopped_after_one_organisation_is_finished_by_the_next_run_without_duplicates() {
        List<Client> clients = List.of(fixtures.newClient(), fixtures.newClient(), fixtures.newClient());

        var first = SystemAuthentication.runAsAdmin(() -> run.run(1));
        var second = as("admin@ponte.test", () -> schedules.runDue());
        job.runDue(); // the scheduled job, as the system: nothing left to do
        var third = as("admin@ponte.test", () -> schedules.runDue());

        assertThat(first).isEqualTo(new ReportRunCounts(1, 0, 0));
        assertThat(second).isEqualTo(new ReportRunCounts(2, 1, 0));
        assertThat(third).isEqualTo(new ReportRunCounts(0, 3, 0));
        for (Client client : clients) {
            assertThat(jdbc.queryForObject("""
                    select count(*) from progress_reports
                    where organisation_id = ? and period_kind = 'MONTHLY' and period_from = ? and generated_by is null
                    """, Integer.class, client.organisationId(), fixtures.lastMonth().from())).isEqualTo(1);
            assertThat(jdbc.queryForObject("""
                    select count(*) from mail_outbox where recipient = ? and subject like 'Ponte: %'
                    """, Integer.class, client.adminEmail())).isEqualTo(1);
        }
    }

    @Test
    void a_schedule_turned_off_gets_no_report_and_a_weekly_one_gets_last_week() {
        Client off = fixtures.newClient();
        Client weekly = fixtures.newClient();
        var offRow = as("admin@ponte.test", () -> schedules.set(off.organisationId(), ReportPeriodKind.MONTHLY, false, -1));
        as("admin@ponte.test", () -> schedules.set(weekly.organisationId(), ReportPeriodKind.WEEKLY, true, -1));

        var counts = as("admin@ponte.test", () -> schedules.runDue());

        assertThat(offRow.active()).isFalse();
        assertThat(counts.stored()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from progress_reports where organisation_id = ?", Integer.class,
                off.organisationId())).isZero();
        assertThat(jdbc.queryForObject("select period_kind from progress_reports where organisation_id = ?",
                String.class, weekly.organisationId())).isEqualTo("WEEKLY");
    }

    @Test
    void two_nodes_racing_for_the_same_period_store_and_mail_it_once() throws Exception {
        Client client = fixtures.newClient();
        var period = fixtures.lastMonth();
        var barrier = new CyclicBarrier(2);
        var tx = new TransactionTemplate(transactions);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                outcomes.add(nodes.submit(() -> SystemAuthentication.runAsAdmin(() -> {
                    try {
                        barrier.await();
                        Optional<Long> id = tx.execute(status -> store.storeAndMail(client.organisationId(), period,
                                null, null));
                        return id != null && id.isPresent() ? "stored" : "already there";
                    } catch (DataIntegrityViolationException e) {
                        return "refused by the unique key";
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })));
            }
            List<String> results = new ArrayList<>();
            for (var outcome : outcomes) {
                results.add(outcome.get());
            }
            assertThat(results).containsOnlyOnce("stored").hasSize(2);
        } finally {
            nodes.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from progress_reports where organisation_id = ?", Integer.class,
                client.organisationId())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipient = ? and subject like 'Ponte: %'",
                Integer.class, client.adminEmail())).isEqualTo(1);
    }
}
