package app.ponte.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ponte.H2Test;
import app.ponte.SignedIn;
import app.ponte.security.SystemAuthentication;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

@H2Test
class ScheduledJobsTest {

    @Autowired
    ScheduledJobs jobs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    UserDetailsService users;

    @Test
    void a_job_holding_its_lock_runs_and_one_whose_lock_ended_rests_with_its_last_start() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String running = "test-running-" + UUID.randomUUID().toString().substring(0, 8);
        String resting = "test-resting-" + UUID.randomUUID().toString().substring(0, 8);
        lock(running, now.minus(Duration.ofMinutes(1)), now.plus(Duration.ofMinutes(9)));
        lock(resting, now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(2)));

        var runs = SystemAuthentication.runAsAdmin(jobs::jobs);

        JobRun runningRun = runs.stream().filter(r -> r.name().equals(running)).findFirst().orElseThrow();
        assertThat(runningRun.running()).isTrue();
        assertThat(runningRun.lastStartedAt()).isEqualTo(now.minus(Duration.ofMinutes(1)));
        assertThat(runningRun.lockedBy()).isEqualTo("node-a");
        JobRun restingRun = runs.stream().filter(r -> r.name().equals(resting)).findFirst().orElseThrow();
        assertThat(restingRun.running()).isFalse();
        assertThat(restingRun.lastStartedAt()).isEqualTo(now.minus(Duration.ofHours(2)));
    }

    @Test
    void only_administrators_may_read_the_jobs() {
        SignedIn.run(users, "lead@ponte.test", () -> assertThatThrownBy(jobs::jobs)
                .isInstanceOf(AccessDeniedException.class));
    }

    private void lock(String name, Instant lockedAt, Instant until) {
        // As ShedLock's JdbcTemplateLockProvider writes it without a time zone of its own: through JDBC timestamps.
        jdbc.update("INSERT INTO shedlock (name, lock_until, locked_at, locked_by) VALUES (?, ?, ?, ?)", name,
                Timestamp.from(until), Timestamp.from(lockedAt), "node-a");
    }
}
