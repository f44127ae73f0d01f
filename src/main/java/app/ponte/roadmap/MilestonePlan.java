package app.ponte.roadmap;

import app.ponte.planning.PlannedWork;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the team weighs before committing a milestone's date: the dates the schedule proposes, the effort
 * range of the linked requests' assessments (likely and pessimistic days, summed), and those requests; with
 * the milestone as it stands now (its version for the next change).
 */
public record MilestonePlan(InitiativeView.MilestoneView milestone, @Nullable DateProposal proposal, BigDecimal effortLikely,
        BigDecimal effortPessimistic, List<PlannedWork> requests) {
}
