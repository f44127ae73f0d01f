package app.ponte.dashboard;

import java.time.Instant;
import java.util.Map;

/**
 * One signal of a relationship's health, contributed by the feature that owns its data (the request feature the
 * open requests and their age, the roadmap the promises broken or slipped, planning the unresolved conflicts, SLA the
 * breaches, feedback the satisfaction trend, meetings the days since the last review). Each becomes a column of the
 * team's relationship health list, shown with the rule that colours it. Implementations are Spring beans of their
 * feature; {@link #measure} runs one aggregate query (a GROUP BY organisation), never loads entities, and is called
 * by the recompute job without a signed-in person.
 */
public interface RelationshipSignal {

    /** A stable key, stored with the values: e.g. {@code requests.open}. At most 40 characters. */
    String key();

    /** Where the column stands among the others (smaller first). */
    int order();

    /** The column's header. */
    String labelKey();

    /**
     * The sentence that explains the colour, with {0} the amber threshold and {1} the red one, e.g. "Amber from {0}
     * open requests, red from {1}".
     */
    String ruleKey();

    /** How a value reads. */
    ValueFormat format();

    /** The value from which the cell is amber (inclusive), read in the signal's direction. */
    long warnAt();

    /** The value from which the cell is red (inclusive), read in the signal's direction. */
    long alertAt();

    /** True when more is worse (open requests); false when less is worse (satisfaction). */
    default boolean higherIsWorse() {
        return true;
    }

    /**
     * The value for each organisation served (departments and clients) at {@code now}; an organisation left out has
     * no value (nothing to measure, e.g. never reviewed, never rated): its cell reads "none" and is not coloured.
     */
    Map<Long, Long> measure(Instant now);

    /**
     * How a missing value reads (an organisation {@link #measure} left out): "none" by default; a signal whose
     * absence is itself news says so ("never reviewed").
     */
    default String missingKey() {
        return "dashboard.health.none";
    }

    /** The level of a missing value: none (uncoloured) by default; a signal whose absence is news gives one. */
    default @org.jspecify.annotations.Nullable HealthLevel levelWhenMissing() {
        return null;
    }

    enum ValueFormat {
        COUNT, DAYS,
        /** The overall column: going wrong × 100 + to watch (see {@link RelationshipHealth#OVERALL}). */
        LEVELS,
        /** A value in tenths (a satisfaction average of 4.2 is stored as 42; a trend of -0.3 as -3). */
        TENTHS
    }

    /** The colour a value earns under this signal's rule (said once, in {@link HealthColumn#levelOf}). */
    default HealthLevel levelOf(long value) {
        return HealthColumn.of(this).levelOf(value);
    }
}
