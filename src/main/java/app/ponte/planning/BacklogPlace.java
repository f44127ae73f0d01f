package app.ponte.planning;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Where an open request stands in the team's backlog: its position in its lane, how many open items the lane
 * holds, and the day the schedule expects it finished (none while it is not scheduled).
 */
public record BacklogPlace(long requestId, Lane lane, int position, long of, @Nullable LocalDate plannedFinish) {
}
