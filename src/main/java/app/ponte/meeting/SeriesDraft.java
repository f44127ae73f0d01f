package app.ponte.meeting;

import app.ponte.organisation.ReviewCadence;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An organisation's review series as the team types it: the rule in the organisation's zone, the length, from which
 * day, whether it runs, who attends from both sides, and whether the team chose a time outside the shared working
 * hours knowingly ({@code outsideWorkingHours}: refused without it).
 */
public record SeriesDraft(@Nullable ReviewCadence cadence, @Nullable DayOfWeek dayOfWeek, @Nullable Integer weekOfMonth,
        @Nullable LocalTime localTime, int lengthMinutes, @Nullable LocalDate firstDay, boolean active,
        Set<Long> attendeeIds, boolean outsideWorkingHours) {

    public static final int LENGTH_MIN = 15;
    public static final int LENGTH_MAX = 480;

    public SeriesDraft {
        attendeeIds = Set.copyOf(attendeeIds);
    }
}
