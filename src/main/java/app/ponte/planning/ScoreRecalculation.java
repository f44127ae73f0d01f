package app.ponte.planning;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The score formula, in one place and in SQL: one item after a change, one organisation after its weight
 * changed, or a range of ids during a full recompute, all run the same statement.
 * <ul>
 * <li>Product requests: {@code organisation weight × Σ(weight × points) × 10 ÷ Σ weights}, 0 to 100 at
 *     weight 1. Points are 0 to 10 per input ({@link ScorePoints}); urgency points come from the days left
 *     until the deadline (see {@link #URGENCY}).</li>
 * <li>Support requests: by severity only ({@link #SEVERITY_SCORES}), whatever the weights.</li>
 * </ul>
 * A manual placement keeps its score; the computed one is still refreshed and shown next to it.
 * Scores are not versioned edits: recalculating never makes a team member's open form stale.
 */
@Component
class ScoreRecalculation {

    /** Days left → urgency points: overdue or within 14 days 10, 30 days 8, 90 days 5, 180 days 3, later 1. */
    static final int[][] URGENCY = {{14, 10}, {30, 8}, {90, 5}, {180, 3}};
    static final int URGENCY_LATER = 1;
    static final Map<String, Integer> SEVERITY_SCORES = Map.of("CRITICAL", 95, "HIGH", 75, "MEDIUM", 50, "LOW", 25);
    static final int UNRATED_SEVERITY_SCORE = 40;

    private static final String URGENCY_SQL = """
            CASE WHEN deadline IS NULL THEN 0 WHEN deadline <= :d0 THEN %d WHEN deadline <= :d1 THEN %d
                 WHEN deadline <= :d2 THEN %d WHEN deadline <= :d3 THEN %d ELSE %d END"""
            .formatted(URGENCY[0][1], URGENCY[1][1], URGENCY[2][1], URGENCY[3][1], URGENCY_LATER);
    private static final String SEVERITY_SQL = """
            CASE severity WHEN 'CRITICAL' THEN %d WHEN 'HIGH' THEN %d WHEN 'MEDIUM' THEN %d WHEN 'LOW' THEN %d
                 ELSE %d END""".formatted(SEVERITY_SCORES.get("CRITICAL"), SEVERITY_SCORES.get("HIGH"),
            SEVERITY_SCORES.get("MEDIUM"), SEVERITY_SCORES.get("LOW"), UNRATED_SEVERITY_SCORE);
    private static final String PRODUCT_SQL = """
            organisation_weight * (:wr * reach_points + :wi * impact_points + :wu * (%s)
                + :wc * confidence_points + :we * effort_points) * 10.0 / :wsum""".formatted(URGENCY_SQL);
    private static final String COMPUTED_SQL = "CASE WHEN lane = 'SUPPORT' THEN " + SEVERITY_SQL + " ELSE "
            + PRODUCT_SQL + " END";
    // Each assignment repeats its expression: MariaDB reads columns already assigned, H2 does not.
    private static final String UPDATE = "UPDATE backlog_items SET urgency_points = " + URGENCY_SQL
            + ", computed_score = " + COMPUTED_SQL
            + ", effective_score = COALESCE(manual_score, " + COMPUTED_SQL + "), scored_at = :now WHERE ";

    private final JdbcClient jdbc;
    private final ScoringWeightsRepository weights;
    private final Clock clock;

    ScoreRecalculation(JdbcClient jdbc, ScoringWeightsRepository weights, Clock clock) {
        this.jdbc = jdbc;
        this.weights = weights;
        this.clock = clock;
    }

    void item(long itemId) {
        run("id = :id", Map.of("id", itemId));
    }

    void organisation(long organisationId, BigDecimal weight) {
        jdbc.sql("UPDATE backlog_items SET organisation_weight = :weight WHERE organisation_id = :org")
                .param("weight", weight).param("org", organisationId).update();
        run("organisation_id = :org", Map.of("org", organisationId));
    }

    /** Rescores the items whose ids fall in the range; returns how many. */
    int range(long fromId, long toId) {
        return run("id BETWEEN :from AND :to", Map.of("from", fromId, "to", toId));
    }

    private int run(String where, Map<String, Object> scope) {
        Weights current = weights.getReferenceById(ScoringWeights.THE_ONLY_ROW).toWeights();
        LocalDate today = today();
        var statement = jdbc.sql(UPDATE + where).params(scope)
                .param("wr", current.reach()).param("wi", current.impact()).param("wu", current.urgency())
                .param("wc", current.confidence()).param("we", current.effort())
                .param("wsum", Math.max(1, current.sum())).param("now", clock.instant());
        for (int i = 0; i < URGENCY.length; i++) {
            statement = statement.param("d" + i, today.plusDays(URGENCY[i][0]));
        }
        return statement.update();
    }

    /** Planning counts days in UTC: one calendar for a team serving several time zones. */
    LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    /** The urgency points a deadline gives on a day: the same rule as the SQL, for explanations. */
    static int urgencyPoints(@Nullable LocalDate deadline, LocalDate today) {
        if (deadline == null) {
            return 0;
        }
        for (int[] step : URGENCY) {
            if (!deadline.isAfter(today.plusDays(step[0]))) {
                return step[1];
            }
        }
        return URGENCY_LATER;
    }
}
