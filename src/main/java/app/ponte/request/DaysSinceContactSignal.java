package app.ponte.request;

import app.ponte.dashboard.RelationshipSignal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Relationship health: how many days since an organisation last filed a request or one of its members wrote a
 * public comment on one of its requests. A quiet client is often an unhappy one; internal notes and the team's
 * own comments are not the organisation getting in touch.
 */
@Component
class DaysSinceContactSignal implements RelationshipSignal {

    private final RequestRepository requests;

    DaysSinceContactSignal(RequestRepository requests) {
        this.requests = requests;
    }

    @Override
    public String key() {
        return "requests.days-since-contact";
    }

    @Override
    public int order() {
        return 12;
    }

    @Override
    public String labelKey() {
        return "dashboard.requests.signal.days-since-contact";
    }

    @Override
    public String ruleKey() {
        return "dashboard.requests.signal.days-since-contact.rule";
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
        return 60;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Long> measure(Instant now) {
        var values = new HashMap<Long, Long>();
        requests.findLastContactPerOrganisation().forEach(row -> values.put((Long) row[0],
                OldestOpenRequestSignal.daysSince((Instant) row[1], now)));
        return values;
    }
}
