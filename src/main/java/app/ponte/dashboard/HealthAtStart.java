package app.ponte.dashboard;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Measures the relationship health list once at start-up, after the demo data and the first administrator (orders 1
 * and 2), so that a fresh installation or the demo shows values at once instead of after the first round. It runs in
 * the starting thread, before any request or test, and through the job's lock: a node starting while another
 * measures leaves it to that one. A failure is logged and never stops the start: the next round tries again.
 */
@Component
@Order(3)
class HealthAtStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(HealthAtStart.class);

    private final HealthRounds rounds;
    private final boolean enabled;

    HealthAtStart(HealthRounds rounds, @Value("${ponte.dashboard.health-at-start:true}") boolean enabled) {
        this.rounds = rounds;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        try {
            rounds.recompute();
        } catch (RuntimeException e) {
            log.warn("Relationship health not measured at start-up; the next round will", e);
        }
    }
}
