package app.ponte.sla;

import java.time.ZoneId;
import java.util.List;

/** A calendar in the list: its name, zone, working week (by weekday and start) and how many holidays it has. */
public record CalendarSummary(long id, String name, ZoneId zone, List<CalendarPeriod> periods, int holidays) {

    public CalendarSummary {
        periods = List.copyOf(periods);
    }
}
