package app.ponte.roadmap;

import app.ponte.planning.PlannedFinish;
import app.ponte.planning.PlannedWork;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/** The dates Ponte proposes for a milestone from the schedule of its requests: likely and at the latest. */
public record DateProposal(LocalDate likely, LocalDate latest) {

    /**
     * The proposal from the schedule of a milestone's requests: the latest likely finish and the latest pessimistic
     * finish among them; none while none of them is scheduled. Said once for committing a date and for the
     * milestones at risk.
     */
    static @Nullable DateProposal from(Collection<PlannedWork> work) {
        return fromFinishes(work.stream().filter(w -> w.plannedFinish() != null)
                .map(w -> new PlannedFinish(w.requestId(), w.plannedFinish(), w.latestFinish())).toList());
    }

    /** The same proposal from the planned finishes alone (only scheduled requests have one). */
    static @Nullable DateProposal fromFinishes(Collection<PlannedFinish> scheduled) {
        return scheduled.isEmpty() ? null : new DateProposal(
                scheduled.stream().map(PlannedFinish::plannedFinish).max(Comparator.naturalOrder()).orElseThrow(),
                scheduled.stream().map(w -> w.latestFinish() == null ? w.plannedFinish() : w.latestFinish())
                        .max(Comparator.naturalOrder()).orElseThrow());
    }

    boolean covers(LocalDate date) {
        return !date.isBefore(likely) && !date.isAfter(latest);
    }
}
