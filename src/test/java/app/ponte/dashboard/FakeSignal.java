package app.ponte.dashboard;

import java.time.Instant;
import java.util.Map;

/**
 * A relationship signal with fixed values, for the health list's tests (the features' own signals arrive with their
 * slices). Its header and rule borrow existing keys, so that the bundles carry no test-only text: any sentence with
 * two thresholds ("Impact goes from {0} to {1}.") shows that the thresholds reach the rule.
 */
public record FakeSignal(String key, int order, ValueFormat format, long warnAt, long alertAt, boolean higherIsWorse,
        Map<Long, Long> values) implements RelationshipSignal {

    public static final String LABEL_KEY = "dashboard.section.queue";
    public static final String RULE_KEY = "planning.error.impact";

    public static FakeSignal worseWhenHigher(String key, int order, long warnAt, long alertAt, Map<Long, Long> values) {
        return new FakeSignal(key, order, ValueFormat.COUNT, warnAt, alertAt, true, values);
    }

    @Override
    public String labelKey() {
        return LABEL_KEY;
    }

    @Override
    public String ruleKey() {
        return RULE_KEY;
    }

    @Override
    public Map<Long, Long> measure(Instant now) {
        return values;
    }
}
