package app.ponte.sla;

import java.time.ZoneId;
import java.util.List;

/** One calendar to read or edit, at the version it was read; holidays by date. */
public record CalendarDetails(long id, long version, String name, ZoneId zone, List<CalendarPeriod> periods,
        List<CalendarHoliday> holidays) {

    public CalendarDetails {
        periods = List.copyOf(periods);
        holidays = List.copyOf(holidays);
    }

    public CalendarDraft draft() {
        return new CalendarDraft(name, zone.getId(), periods);
    }
}
