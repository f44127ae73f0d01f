package app.ponte.planning;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Where the schedule places an accepted request: its likely and pessimistic finish within the planning horizon (the
 * two dates of {@link PlannedWork}, read without the item's title, effort and systems).
 */
public record PlannedFinish(long requestId, LocalDate plannedFinish, @Nullable LocalDate latestFinish) {
}
