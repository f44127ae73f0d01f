package app.ponte.sla;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendars as the plans see them: names to show beside targets and the choices of the target editor.
 * Reads only; the calendars themselves are kept by the calendars' own service.
 */
@Component
@Transactional(readOnly = true)
class CalendarChoices {

    private final BusinessCalendarRepository calendars;

    CalendarChoices(BusinessCalendarRepository calendars) {
        this.calendars = calendars;
    }

    List<CalendarChoice> all() {
        return calendars.findAllByOrderByNameAsc().stream().map(CalendarChoices::choice).toList();
    }

    Optional<CalendarChoice> find(long id) {
        return calendars.findById(id).map(CalendarChoices::choice);
    }

    /** Calendar id → name, for every calendar (a handful). */
    Map<Long, String> names() {
        return calendars.findAll().stream().collect(Collectors.toMap(BusinessCalendar::getId, BusinessCalendar::getName));
    }

    private static CalendarChoice choice(BusinessCalendar calendar) {
        return new CalendarChoice(calendar.getId(), calendar.getName(), calendar.getZone().getId(),
                !calendar.getHours().isEmpty());
    }
}
