package app.ponte.planning;

import app.ponte.planning.ScoreCard.ScoreInput;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Builds the explanation of an item's score from what the recalculation stored. */
final class ScoreCards {

    private ScoreCards() {
    }

    static ScoreCard of(BacklogItem item, int position, Weights weights, @Nullable LocalDate freezeStart,
            List<RankMoveEntry> moves, LocalDate today) {
        List<ScoreInput> inputs = item.getLane() == Lane.SUPPORT ? List.of() : List.of(
                new ScoreInput("planning.input.reach", "planning.input.reach.value",
                        List.of(item.getReachOrganisations()), item.getReachPoints(), weights.reach()),
                item.getImpact() == null
                        ? new ScoreInput("planning.input.impact", "planning.input.impact.unrated",
                                List.of(ScorePoints.DEFAULT_IMPACT), item.getImpactPoints(), weights.impact())
                        : new ScoreInput("planning.input.impact", "planning.input.impact.value",
                                List.of(item.getImpact()), item.getImpactPoints(), weights.impact()),
                urgency(item, weights, today),
                new ScoreInput("planning.input.confidence", item.getConfidence() == null
                        ? "planning.input.confidence.unrated" : item.getConfidence().labelKey(), List.of(),
                        item.getConfidencePoints(), weights.confidence()),
                item.getEffortLikely() == null
                        ? new ScoreInput("planning.input.effort", "planning.input.effort.unassessed", List.of(),
                                item.getEffortPoints(), weights.effort())
                        : new ScoreInput("planning.input.effort", "planning.input.effort.value",
                                List.of(item.getEffortLikely().stripTrailingZeros()),
                                item.getEffortPoints(), weights.effort()));
        return new ScoreCard(item.getRequestId(), item.getLane(), position, item.getEffectiveScore(),
                item.getComputedScore(), item.getManualScore() != null, inputs, weights,
                item.getOrganisationWeight(), item.getImpact(), item.getConfidence(), item.getDesiredDate(),
                item.getTargetDate(), item.getDeadline(), freezeStart, item.getPlannedStart(),
                item.getPlannedFinish(), item.getLatestFinish(), item.getScoredAt(), moves, item.getVersion());
    }

    private static ScoreInput urgency(BacklogItem item, Weights weights, LocalDate today) {
        LocalDate deadline = item.getDeadline();
        if (deadline == null) {
            return new ScoreInput("planning.input.urgency", "planning.input.urgency.none", List.of(),
                    item.getUrgencyPoints(), weights.urgency());
        }
        long days = ChronoUnit.DAYS.between(today, deadline);
        return days < 0
                ? new ScoreInput("planning.input.urgency", "planning.input.urgency.overdue", List.of(-days),
                        item.getUrgencyPoints(), weights.urgency())
                : new ScoreInput("planning.input.urgency", "planning.input.urgency.value", List.of(days),
                        item.getUrgencyPoints(), weights.urgency());
    }
}
