package app.ponte.roadmap;

import app.ponte.planning.PlannedWork;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What the team weighs before committing a milestone's date: the dates the schedule proposes, the effort
 * range of the linked requests' assessments (likely and pessimistic days, summed), and those requests; with
 * the milestone as it stands now (its version for the next change).
 */
public record MilestonePlan(InitiativeOverview.MilestoneOverview milestone, @Nullable DateProposal proposal,
        BigDecimal effortLikely, BigDecimal effortPessimistic, List<PlannedWork> requests) {

    /**
     * The plan from the schedule of the milestone's requests: the latest likely finish and the latest
     * pessimistic finish among them are the proposal (none while none of them is scheduled).
     */
    static MilestonePlan of(InitiativeOverview.MilestoneOverview milestone, List<PlannedWork> planned) {
        List<PlannedWork> work = planned.stream().sorted(Comparator.comparing(PlannedWork::requestId)).toList();
        return new MilestonePlan(milestone, DateProposal.from(work), sum(work, PlannedWork::effortLikely),
                sum(work, PlannedWork::effortPessimistic), work);
    }

    private static BigDecimal sum(List<PlannedWork> work, Function<PlannedWork, @Nullable BigDecimal> days) {
        return work.stream().map(days).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
