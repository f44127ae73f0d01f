package app.ponte.planning;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Why a request ranks where it does: each input, the points it gives and its weight, the formula, the
 * score, and the manual moves. For support requests only the severity counts.
 *
 * @param deadlineFreezeStart the start of the requester's own freeze window that pulled the deadline earlier
 */
public record ScoreCard(long requestId, Lane lane, int position, double score, double computedScore,
        boolean placedManually, List<ScoreInput> inputs, Weights weights, BigDecimal organisationWeight,
        @Nullable Integer impact, @Nullable Confidence confidence, @Nullable LocalDate desiredDate,
        @Nullable LocalDate targetDate, @Nullable LocalDate deadline, @Nullable LocalDate deadlineFreezeStart,
        @Nullable LocalDate plannedStart, @Nullable LocalDate plannedFinish, @Nullable LocalDate latestFinish,
        @Nullable Instant scoredAt, List<RankMoveEntry> moves, long version) {

    /**
     * One input of the score: its translation key, the value as the team would say it (with its own key and
     * arguments), the points (0 to 10) and the weight.
     */
    public record ScoreInput(String labelKey, String valueKey, List<Object> valueArguments, int points,
            int weight) {
    }
}
