package app.ponte.notification;

import app.ponte.security.AdminOnly;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What the scheduled jobs are doing, read from their lock rows in the {@code shedlock} table (one row per job,
 * written by ShedLock as {@link SchedulingConfiguration} sets it up: that is why this feature answers). ShedLock
 * writes the times through JDBC in the JVM's zone and they are read back the same way.
 */
@Service
public class ScheduledJobs {

    private final JdbcClient jdbc;
    private final Clock clock;

    ScheduledJobs(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every job that ever ran, by name. */
    @AdminOnly
    public List<JobRun> jobs() {
        Instant now = clock.instant();
        return jdbc.sql("SELECT name, locked_at, lock_until, locked_by FROM shedlock ORDER BY name")
                .query((rs, n) -> {
                    Instant until = rs.getTimestamp("lock_until").toInstant();
                    return new JobRun(rs.getString("name"), rs.getTimestamp("locked_at").toInstant(), until,
                            rs.getString("locked_by"), until.isAfter(now));
                }).list();
    }
}
