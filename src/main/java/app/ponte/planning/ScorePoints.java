package app.ponte.planning;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The points (0 to 10) each input of a product request gives its score. Urgency depends on the day and is
 * worked out in SQL by {@link ScoreRecalculation}; the rest is worked out here when the inputs change.
 */
final class ScorePoints {

    /** Unrated impact counts as the middle of the scale until the team rates it. */
    static final int DEFAULT_IMPACT = 3;
    static final int UNASSESSED_EFFORT_POINTS = 5;

    private ScorePoints() {
    }

    /** Two points per organisation asking (the requester's and each supporter), at most ten. */
    static int reach(int organisations) {
        return Math.min(10, 2 * organisations);
    }

    static int impact(@Nullable Integer impact) {
        return 2 * (impact == null ? DEFAULT_IMPACT : impact);
    }

    static int confidence(@Nullable Confidence confidence) {
        return (confidence == null ? Confidence.MEDIUM : confidence).points();
    }

    /** Small work scores high: a day or less 10, up to 3 days 8, 5 days 6, 10 days 4, 20 days 2, more 1. */
    static int effort(@Nullable BigDecimal likelyDays) {
        if (likelyDays == null) {
            return UNASSESSED_EFFORT_POINTS;
        }
        double days = likelyDays.doubleValue();
        if (days <= 1) {
            return 10;
        }
        if (days <= 3) {
            return 8;
        }
        if (days <= 5) {
            return 6;
        }
        if (days <= 10) {
            return 4;
        }
        return days <= 20 ? 2 : 1;
    }
}
