package app.ponte.roadmap;

import app.ponte.planning.PlannedWork;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The dates Ponte proposes for a milestone from the schedule of its requests: likely and at the latest. */
public record DateProposal(LocalDate likely, LocalDate latest) {

    /**
     * The proposal from the schedule of a milestone's requests: the latest likely finish and the latest pessimistic
     * finish among them; none while none of them is scheduled. Said once for committing a date and for the
     * milestones at risk.
     */
    static @Nullable DateProposal from(Collection<PlannedWork> work) {
        List<PlannedWork> scheduled = work.stream().filter(w -> w.plannedFinish() != null).toList();
        return scheduled.isEmpty() ? null : new DateProposal(
                scheduled.stream().map(PlannedWork::plannedFinish).max(Comparator.naturalOrder()).orElseThrow(),
                scheduled.stream().map(w -> w.latestFinish() == null ? w.plannedFinish() : w.latestFinish())
                        .max(Comparator.naturalOrder()).orElseThrow());
    }

    boolean covers(LocalDate date) {
        return !date.isBefore(likely) && !date.isAfter(latest);
    }
}
