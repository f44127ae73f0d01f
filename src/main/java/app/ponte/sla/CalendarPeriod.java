package app.ponte.sla;

import java.time.DayOfWeek;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * One working period of a calendar's week as typed: a weekday, a start and an end. No end (or an end at 00:00)
 * means until midnight. The start may be missing in a draft: the service refuses it on that day's field.
 */
public record CalendarPeriod(DayOfWeek day, @Nullable LocalTime start, @Nullable LocalTime end) {

    /** The end as the calendar counts it: null for midnight at the end of the day. */
    public @Nullable LocalTime endOrNullAtMidnight() {
        return end == null || LocalTime.MIDNIGHT.equals(end) ? null : end;
    }
}
