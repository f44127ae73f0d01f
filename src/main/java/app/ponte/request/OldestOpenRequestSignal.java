package app.ponte.request;

import app.ponte.dashboard.RelationshipSignal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Relationship health: how many days an organisation's oldest open request has waited (none open: no value). */
@Component
class OldestOpenRequestSignal implements RelationshipSignal {

    private final RequestRepository requests;

    OldestOpenRequestSignal(RequestRepository requests) {
        this.requests = requests;
    }

    @Override
    public String key() {
        return "requests.oldest-open-days";
    }

    @Override
    public int order() {
        return 11;
    }

    @Override
    public String labelKey() {
        return "dashboard.requests.signal.oldest-open";
    }

    @Override
    public String ruleKey() {
        return "dashboard.requests.signal.oldest-open.rule";
    }

    @Override
    public ValueFormat format() {
        return ValueFormat.DAYS;
    }

    @Override
    public long warnAt() {
        return 30;
    }

    @Override
    public long alertAt() {
        return 90;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Long> measure(Instant now) {
        var values = new HashMap<Long, Long>();
        requests.findOldestOpenPerOrganisation(RequestStatus.OPEN)
                .forEach(row -> values.put((Long) row[0], daysSince((Instant) row[1], now)));
        return values;
    }

    /** Whole days between a moment and now; a moment after now (a clock moved back) reads as none. */
    static long daysSince(Instant then, Instant now) {
        return Math.max(0, Duration.between(then, now).toDays());
    }
}
