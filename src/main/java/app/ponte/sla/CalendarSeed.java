package app.ponte.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A calendar given whole, as start-up data gives it: the same hours on some weekdays, and holidays.
 *
 * @param hours working periods; a period without an end runs until midnight
 */
public record CalendarSeed(String name, ZoneId zone, List<Hours> hours, List<Holiday> holidays) {

    public CalendarSeed {
        hours = List.copyOf(hours);
        holidays = List.copyOf(holidays);
    }

    public record Hours(Set<DayOfWeek> days, LocalTime start, @Nullable LocalTime end) {
    }

    /** A day off; a yearly one comes back on the same month and day. */
    public record Holiday(LocalDate day, boolean yearly, String name) {
    }
}
