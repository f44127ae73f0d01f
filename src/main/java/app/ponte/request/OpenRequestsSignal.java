package app.ponte.request;

import app.ponte.dashboard.RelationshipSignal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Relationship health: how many requests an organisation has open (zero counts: nothing waits on the team). */
@Component
class OpenRequestsSignal implements RelationshipSignal {

    private final RequestRepository requests;

    OpenRequestsSignal(RequestRepository requests) {
        this.requests = requests;
    }

    @Override
    public String key() {
        return "requests.open";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String labelKey() {
        return "dashboard.requests.signal.open";
    }

    @Override
    public String ruleKey() {
        return "dashboard.requests.signal.open.rule";
    }

    @Override
    public ValueFormat format() {
        return ValueFormat.COUNT;
    }

    @Override
    public long warnAt() {
        return 10;
    }

    @Override
    public long alertAt() {
        return 25;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Long> measure(Instant now) {
        var values = new HashMap<Long, Long>();
        requests.countOpenPerOrganisation(RequestStatus.OPEN)
                .forEach(row -> values.put((Long) row[0], ((Number) row[1]).longValue()));
        return values;
    }
}
