package app.ponte.roadmap;

import app.ponte.dashboard.RelationshipSignal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The relationship signal {@code promises.slipped}: per organisation, the promises told to it that were broken or
 * slipped in the last 90 days (moved later, taken back, cancelled with their milestone, delivered after the first
 * day told) or are overdue now. Each promise counts once; one grouped query.
 */
@Component
@Transactional(readOnly = true)
class PromisesSlipped implements RelationshipSignal {

    static final String KEY = "promises.slipped";
    static final Duration WINDOW = Duration.ofDays(90);

    private final RoadmapDashboardRepository dashboard;

    PromisesSlipped(RoadmapDashboardRepository dashboard) {
        this.dashboard = dashboard;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String labelKey() {
        return "dashboard.roadmap.signal.slipped";
    }

    @Override
    public String ruleKey() {
        return "dashboard.roadmap.signal.slipped-rule";
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
    public Map<Long, Long> measure(Instant now) {
        Instant since = now.minus(WINDOW);
        Map<Long, Long> slipped = new HashMap<>();
        for (Object[] row : dashboard.countSlippedOrBroken(since, RoadmapCalendar.day(since),
                RoadmapCalendar.day(now))) {
            slipped.put((Long) row[0], ((Number) row[1]).longValue());
        }
        return slipped;
    }
}
