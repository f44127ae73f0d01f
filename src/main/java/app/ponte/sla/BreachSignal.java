package app.ponte.sla;

import app.ponte.dashboard.RelationshipSignal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Relationship signal {@code sla.breaches}: the targets of an organisation's clocks missed in the last 90 days,
 * counted at the moment each was missed (its due time), as the attainment page says it. An organisation on a plan
 * without a breach reads 0; one without a plan and without breaches has nothing to measure and is left out.
 */
@Component
class BreachSignal implements RelationshipSignal {

    static final Duration WINDOW = Duration.ofDays(90);

    private final ClockWatchRepository clocks;

    BreachSignal(ClockWatchRepository clocks) {
        this.clocks = clocks;
    }

    @Override
    public String key() {
        return "sla.breaches";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String labelKey() {
        return "dashboard.sla.signal.breaches";
    }

    @Override
    public String ruleKey() {
        return "dashboard.sla.signal.breaches.rule";
    }

    @Override
    public ValueFormat format() {
        return ValueFormat.COUNT;
    }

    @Override
    public long warnAt() {
        return 1;
    }

    @Override
    public long alertAt() {
        return 3;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Long> measure(Instant now) {
        Map<Long, Long> values = new HashMap<>();
        clocks.organisationsOnAPlan().forEach(organisation -> values.put(organisation, 0L));
        for (Object[] row : clocks.breachesPerOrganisation(now.minus(WINDOW), now)) {
            values.put((Long) row[0], ((Number) row[1]).longValue());
        }
        return values;
    }
}
