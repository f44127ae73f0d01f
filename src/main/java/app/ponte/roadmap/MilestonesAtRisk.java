package app.ponte.roadmap;

import java.util.List;

/** How many milestones are at risk, and the latest of them (most days late first), at most the limit asked. */
public record MilestonesAtRisk(long count, List<MilestoneAtRisk> worst) {

    public MilestonesAtRisk {
        worst = List.copyOf(worst);
    }
}
