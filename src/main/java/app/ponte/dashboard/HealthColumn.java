package app.ponte.dashboard;

import org.jspecify.annotations.Nullable;

/**
 * A column of the relationship health list as the page shows it: the signal's key, header, rule sentence with its
 * thresholds, format and direction. Read from the {@link RelationshipSignal} beans.
 */
public record HealthColumn(String key, String labelKey, String ruleKey, RelationshipSignal.ValueFormat format,
        long warnAt, long alertAt, boolean higherIsWorse, String missingKey, @Nullable HealthLevel levelWhenMissing) {

    static HealthColumn of(RelationshipSignal signal) {
        return new HealthColumn(signal.key(), signal.labelKey(), signal.ruleKey(), signal.format(), signal.warnAt(),
                signal.alertAt(), signal.higherIsWorse(), signal.missingKey(), signal.levelWhenMissing());
    }

    /** The level of a value, or of its absence (null: uncoloured). */
    public @Nullable HealthLevel levelOf(@Nullable Long value) {
        return value == null ? levelWhenMissing : levelOf(value.longValue());
    }

    public HealthLevel levelOf(long value) {
        boolean alert = higherIsWorse ? value >= alertAt : value <= alertAt;
        boolean warn = higherIsWorse ? value >= warnAt : value <= warnAt;
        return alert ? HealthLevel.ALERT : warn ? HealthLevel.WARN : HealthLevel.GOOD;
    }
}
