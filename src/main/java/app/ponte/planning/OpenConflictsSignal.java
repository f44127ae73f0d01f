package app.ponte.planning;

import app.ponte.dashboard.RelationshipSignal;
import app.ponte.dashboard.ServedOrganisationDirectory;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Relationship health: the open conflicts involving an organisation, on its requests or about its freeze windows
 * (each conflict once per organisation), in one GROUP BY. Amber from one, red from three. No conflict is a value
 * (zero), not "nothing to measure": every served organisation the query finds no row for reads zero, from the
 * directory of served organisations when one is there (the organisation feature answers it).
 */
@Component
@Transactional(readOnly = true)
class OpenConflictsSignal implements RelationshipSignal {

    static final String KEY = "conflicts.open";

    private final ConflictOverviewRepository conflicts;
    private final ObjectProvider<ServedOrganisationDirectory> served;

    OpenConflictsSignal(ConflictOverviewRepository conflicts, ObjectProvider<ServedOrganisationDirectory> served) {
        this.conflicts = conflicts;
        this.served = served;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String labelKey() {
        return "dashboard.planning.signal.conflicts-open";
    }

    @Override
    public String ruleKey() {
        return "dashboard.planning.signal.conflicts-open.rule";
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

    /** Open conflicts are a state, not a period: {@code now} is not needed to count them. */
    @Override
    public Map<Long, Long> measure(Instant now) {
        Map<Long, Long> measured = new HashMap<>();
        for (Object[] row : conflicts.countOpenPerOrganisation()) {
            measured.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        served.ifAvailable(directory -> directory.servedOrganisations().keySet()
                .forEach(id -> measured.putIfAbsent(id, 0L)));
        return measured;
    }
}
