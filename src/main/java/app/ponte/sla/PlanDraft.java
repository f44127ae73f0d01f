package app.ponte.sla;

import app.ponte.request.Priority;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A plan as an admin types it: a name, whether it includes the 24/7 on-call cover, and for each of the four
 * priorities the two targets in minutes, each with the calendar it is counted on. Checked by {@link SlaPlans}.
 */
public record PlanDraft(@Nullable String name, boolean onCallCover, List<Target> targets) {

    public PlanDraft {
        targets = List.copyOf(targets);
    }

    /** One priority's targets; a missing calendar or amount is refused on its field. */
    public record Target(Priority priority, @Nullable Integer firstResponseMinutes,
            @Nullable Long firstResponseCalendarId, @Nullable Integer resolutionMinutes,
            @Nullable Long resolutionCalendarId) {
    }
}
