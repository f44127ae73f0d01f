package app.ponte.oncall;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rota as an admin types it: the team people taking turns in order (the first from the week of
 * {@code startsOn}), the hand-over weekday and hour, and the zone that hour is read in.
 */
public record RotaDraft(List<Long> memberIds, @Nullable DayOfWeek handOverDay, @Nullable LocalTime handOverTime,
        @Nullable ZoneId zone, @Nullable LocalDate startsOn) {

    public RotaDraft {
        memberIds = List.copyOf(memberIds);
    }
}
