package app.ponte.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.H2Test;
import app.ponte.TestClock;
import app.ponte.dashboard.RelationshipSignal.ValueFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

@H2Test
class HealthRoundsTest {

    @Autowired
    HealthRounds rounds;
    @Autowired
    HealthStore store;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    ApplicationContext context;
    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void releaseTheLock() {
        jdbc.sql("DELETE FROM shedlock WHERE name = :name").param("name", HealthRounds.LOCK).update();
    }

    @Test
    void the_round_runs_every_ten_minutes_by_default_under_its_own_lock() throws NoSuchMethodException {
        var method = HealthRounds.class.getDeclaredMethod("recompute");

        assertThat(method.getAnnotation(Scheduled.class).cron()).isEqualTo("${ponte.dashboard.health-cron:0 */10 * * * *}");
        assertThat(method.getAnnotation(SchedulerLock.class).name()).isEqualTo("relationship-health");
    }

    @Test
    void a_round_is_skipped_while_another_node_holds_the_lock_and_measures_once_it_is_free() {
        Instant before = store.lastRun().map(HealthRun::computedAt).orElse(Instant.EPOCH);
        jdbc.sql("INSERT INTO shedlock (name, lock_until, locked_at, locked_by) VALUES (:name, :until, :at, :by)")
                .param("name", HealthRounds.LOCK).param("until", LocalDateTime.of(2999, 1, 1, 0, 0))
                .param("at", LocalDateTime.of(2020, 1, 1, 0, 0)).param("by", "another-node").update();
        clock.advance(Duration.ofHours(1));

        rounds.recompute();

        assertThat(store.lastRun().map(HealthRun::computedAt).orElse(Instant.EPOCH)).isEqualTo(before);

        jdbc.sql("UPDATE shedlock SET lock_until = :until WHERE name = :name").param("name", HealthRounds.LOCK)
                .param("until", LocalDateTime.of(2020, 1, 1, 0, 1)).update();

        rounds.recompute();

        assertThat(store.lastRun()).hasValueSatisfying(run -> assertThat(run.computedAt())
                .isAfter(before.plus(Duration.ofMinutes(59))));
    }

    @Test
    void a_recompute_of_five_thousand_organisations_and_eight_signals_stores_forty_thousand_values_in_batches() {
        transactions.executeWithoutResult(status -> {
            Instant now = clock.instant();
            List<Object[]> rows = new java.util.ArrayList<>();
            for (int i = 0; i < 5_000; i++) {
                rows.add(new Object[] {"Bench organisation " + i, "bench organisation " + i,
                        LocalDateTime.ofInstant(now, ZoneOffset.UTC)});
            }
            context.getBean(org.springframework.jdbc.core.JdbcTemplate.class).batchUpdate("""
                    INSERT INTO organisations (version, kind, name, search_name, time_zone, language, active, created_at)
                    VALUES (0, 'CLIENT', ?, ?, 'UTC', 'en', TRUE, ?)""", rows);
            List<Long> bench = jdbc.sql("SELECT id FROM organisations WHERE name LIKE 'Bench organisation %'")
                    .query(Long.class).list();
            Map<Long, Long> values = new HashMap<>();
            bench.forEach(id -> values.put(id, id % 97));
            RelationshipSignal[] eight = new RelationshipSignal[8];
            for (int i = 0; i < eight.length; i++) {
                eight[i] = new FakeSignal("bench." + i, i, ValueFormat.COUNT, 10, 50, true, values);
            }
            RelationshipHealth health = HealthFixtures.health(context, eight);

            health.recompute();

            assertThat(health.lastRun()).hasValueSatisfying(run -> {
                // eight signals' values and each served organisation's overall one
                assertThat(run.values()).isEqualTo(8 * 5_000 + run.organisations());
                assertThat(run.organisations()).isGreaterThanOrEqualTo(5_000);
                assertThat(run.durationMs()).as("recompute time in ms").isLessThan(20_000);
            });
            assertThat(health.page("bench.3", true, org.springframework.data.domain.PageRequest.of(0, 50))
                    .getContent()).hasSize(50).allSatisfy(row -> assertThat(row.values()).containsEntry("bench.3", 96L));
            status.setRollbackOnly();
        });
    }
}
