package app.ponte.sla;

import java.time.LocalDate;
import java.time.MonthDay;
import org.jspecify.annotations.Nullable;

/** A day off of a calendar: one-off, or yearly on the same month and day (the year typed is kept). */
public record CalendarHoliday(@Nullable LocalDate day, boolean yearly, @Nullable String name) {

    /** Whether both holidays fall on the same day some year: the same date, or the same month and day if yearly. */
    boolean clashesWith(CalendarHoliday other) {
        if (day == null || other.day == null) {
            return false;
        }
        if (yearly || other.yearly) {
            return MonthDay.from(day).equals(MonthDay.from(other.day));
        }
        return day.equals(other.day);
    }
}
