package app.ponte.sla;

import app.ponte.audit.AdministrativeChange;
import app.ponte.security.AdminOnly;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calendars given whole by start-up data (the demo's New York, Lisbon, São Paulo and around-the-clock
 * calendars), so that plans have something to count on before anybody opened the calendar editor. Keeps an
 * existing calendar of the same name as it is. People edit calendars through the calendars' own service.
 */
@Service
public class StarterCalendars {

    private final BusinessCalendarRepository calendars;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StarterCalendars(BusinessCalendarRepository calendars, ApplicationEventPublisher events,
            Clock clock) {
        this.calendars = calendars;
        this.events = events;
        this.clock = clock;
    }

    /** The id of the calendar of this name: the existing one, or one created from the seed (audited). */
    @AdminOnly
    @Transactional
    public long ensure(CalendarSeed seed) {
        return calendars.findByName(seed.name()).map(BusinessCalendar::getId).orElseGet(() -> {
            List<BusinessCalendar.Hours> hours = seed.hours().stream()
                    .flatMap(h -> h.days().stream().sorted()
                            .map(day -> new BusinessCalendar.Hours(day, h.start(), h.end())))
                    .sorted(Comparator.comparing(BusinessCalendar.Hours::day)).toList();
            List<BusinessCalendar.Holiday> holidays = seed.holidays().stream()
                    .map(h -> new BusinessCalendar.Holiday(h.day(), h.yearly(), h.name())).toList();
            BusinessCalendar calendar = calendars.saveAndFlush(
                    new BusinessCalendar(seed.name(), seed.zone(), hours, holidays, clock.instant()));
            events.publishEvent(new AdministrativeChange("calendar.create", "BusinessCalendar", calendar.getId(), null,
                    null, "name=" + seed.name() + ", zone=" + seed.zone().getId() + ", periods=" + hours.size()
                            + ", holidays=" + holidays.size()));
            return calendar.getId();
        });
    }
}
