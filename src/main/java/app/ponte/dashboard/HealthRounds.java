package app.ponte.dashboard;

import app.ponte.security.SystemAuthentication;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every few minutes (every ten by default, {@code ponte.dashboard.health-cron}) the relationship health list is
 * measured again, on one node at a time (ShedLock), as the system administrator through the secured service.
 */
@Component
class HealthRounds {

    static final String LOCK = "relationship-health";

    private final RelationshipHealth health;

    HealthRounds(RelationshipHealth health) {
        this.health = health;
    }

    @Scheduled(cron = "${ponte.dashboard.health-cron:0 */10 * * * *}", zone = "UTC")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT10M")
    void recompute() {
        SystemAuthentication.runAsAdmin(() -> {
            health.recompute();
            return null;
        });
    }
}
