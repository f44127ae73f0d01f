package app.ponte.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where the organisation's and the team's working hours meet on the series' next day ({@code day}, in the
 * organisation's {@code zone}), and the hour Ponte proposes; no window means no shared working time that day.
 */
public record CadenceAdvice(LocalDate day, ZoneId zone, List<WorkingHoursOverlap.Window> windows,
        @Nullable LocalTime proposedStart) {

    public boolean hasOverlap() {
        return !windows.isEmpty();
    }
}
