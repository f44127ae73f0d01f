package app.ponte.sla;

import app.ponte.audit.AdministrativeChange;
import app.ponte.base.RejectedInputException;
import app.ponte.base.TextRules;
import app.ponte.security.AdminOnly;
import app.ponte.security.OrganisationScope;
import app.ponte.security.TeamOnly;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The business calendars SLA targets count on: admins keep them (working week, zone, holidays, holidays imported
 * from an ICS file), the team reads them. Every change is audited; a change of what a calendar counts (zone, hours,
 * holidays) also tells the clocks ({@link CalendarChanged}), so due times follow it.
 */
@Service
@Transactional(readOnly = true)
public class BusinessCalendars {

    static final int NAME_MAX = 120;
    /** The largest ICS file read (its bytes, in memory). */
    public static final int ICS_MAX_BYTES = IcsHolidays.MAX_BYTES;
    /** The most holidays one ICS file may hold. */
    public static final int ICS_MAX_HOLIDAYS = IcsHolidays.MAX_HOLIDAYS;
    private static final String TYPE = "BusinessCalendar";

    private final BusinessCalendarRepository calendars;
    private final OrganisationScope scope;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate writing;
    private final Clock clock;

    BusinessCalendars(BusinessCalendarRepository calendars, OrganisationScope scope, ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.calendars = calendars;
        this.scope = scope;
        this.events = events;
        this.writing = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Every calendar, by name: a handful, never a table to page. */
    @TeamOnly
    public List<CalendarSummary> list() {
        return calendars.findAllByOrderByNameAsc().stream()
                .map(c -> new CalendarSummary(c.getId(), c.getName(), c.getZone(), periods(c), c.getHolidays().size()))
                .toList();
    }

    @TeamOnly
    public CalendarDetails calendar(long id) {
        return details(find(id, "calendar.read"));
    }

    @AdminOnly
    @Transactional
    public CalendarDetails create(CalendarDraft draft) {
        String name = name(draft, null);
        ZoneId zone = CalendarRules.zone(draft.zone());
        var calendar = new BusinessCalendar(name, zone, CalendarRules.hours(draft.periods()), List.of(),
                clock.instant());
        calendars.saveAndFlush(calendar);
        events.publishEvent(new AdministrativeChange("calendar.create", TYPE, calendar.getId(), null, null,
                describe(calendar)));
        return details(calendar);
    }

    /** A new name, zone or working week; the holidays stay as they are. */
    @AdminOnly
    @Transactional
    public CalendarDetails change(long id, CalendarDraft draft, long expectedVersion) {
        BusinessCalendar calendar = find(id, "calendar.update");
        calendar.requireVersion(expectedVersion);
        String name = name(draft, id);
        ZoneId zone = CalendarRules.zone(draft.zone());
        var hours = CalendarRules.hours(draft.periods());
        String before = describe(calendar);
        boolean counts = !zone.equals(calendar.getZone()) || !sameHours(hours, calendar.getHours());
        calendar.change(name, zone, hours, calendar.getHolidays(), clock.instant());
        return saved(calendar, "calendar.update", before, counts);
    }

    @AdminOnly
    @Transactional
    public CalendarDetails addHoliday(long id, CalendarHoliday holiday, long expectedVersion) {
        BusinessCalendar calendar = find(id, "calendar.holiday-add");
        calendar.requireVersion(expectedVersion);
        var holidays = new ArrayList<>(calendar.getHolidays());
        holidays.add(CalendarRules.holiday(holiday, holidays, today(calendar)));
        String before = describe(calendar);
        calendar.change(calendar.getName(), calendar.getZone(), calendar.getHours(), holidays, clock.instant());
        return saved(calendar, "calendar.holiday-add", before, true);
    }

    /** Removes the holiday on that date (one-off or yearly, as listed). */
    @AdminOnly
    @Transactional
    public CalendarDetails removeHoliday(long id, CalendarHoliday holiday, long expectedVersion) {
        BusinessCalendar calendar = find(id, "calendar.holiday-remove");
        calendar.requireVersion(expectedVersion);
        var holidays = new ArrayList<>(calendar.getHolidays());
        boolean removed = holidays.removeIf(h -> h.day().equals(holiday.day()) && h.yearly() == holiday.yearly());
        if (!removed) {
            throw new RejectedInputException("holidayDay", "calendar.error.holiday-unknown");
        }
        String before = describe(calendar);
        calendar.change(calendar.getName(), calendar.getZone(), calendar.getHours(), holidays, clock.instant());
        return saved(calendar, "calendar.holiday-remove", before, true);
    }

    /**
     * Adds the holidays of an ICS file: all-day events, yearly when they repeat every year on their date. Days the
     * calendar already has, and days outside the years a calendar can use, are left out and counted; a file that is
     * no calendar, has no all-day event, is too large or holds too many holidays changes nothing. The file is read
     * and parsed before any transaction opens (a slow upload holds no connection or lock); only the write is one.
     */
    @AdminOnly
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public HolidayImport importHolidays(long calendarId, InputStream ics, long expectedVersion) {
        BusinessCalendar calendar = find(calendarId, "calendar.import");
        calendar.requireVersion(expectedVersion);
        LocalDate today = today(calendar);
        IcsHolidays.Found found = IcsHolidays.read(ics, CalendarRules.firstYear(today), CalendarRules.lastYear(today));
        return Objects.requireNonNull(writing.execute(tx -> addImported(calendarId, found, expectedVersion)));
    }

    private HolidayImport addImported(long calendarId, IcsHolidays.Found found, long expectedVersion) {
        BusinessCalendar calendar = find(calendarId, "calendar.import");
        calendar.requireVersion(expectedVersion);
        var holidays = new ArrayList<>(calendar.getHolidays());
        int added = 0;
        int alreadyThere = 0;
        for (CalendarHoliday holiday : found.holidays()) {
            if (holidays.stream().anyMatch(h -> holiday.clashesWith(CalendarRules.view(h)))) {
                alreadyThere++;
                continue;
            }
            if (holidays.size() >= CalendarRules.MAX_HOLIDAYS) {
                throw new RejectedInputException(IcsHolidays.FIELD, "calendar.error.too-many-holidays",
                        CalendarRules.MAX_HOLIDAYS);
            }
            holidays.add(new BusinessCalendar.Holiday(holiday.day(), holiday.yearly(), holiday.name()));
            added++;
        }
        if (added == 0) {
            return new HolidayImport(details(calendar), 0, alreadyThere, found.leftOut());
        }
        String before = describe(calendar);
        calendar.change(calendar.getName(), calendar.getZone(), calendar.getHours(), holidays, clock.instant());
        return new HolidayImport(saved(calendar, "calendar.import", before, true), added, alreadyThere,
                found.leftOut());
    }

    private CalendarDetails saved(BusinessCalendar calendar, String action, String before, boolean counts) {
        calendars.saveAndFlush(calendar);
        events.publishEvent(new AdministrativeChange(action, TYPE, calendar.getId(), null, before, describe(calendar)));
        if (counts) {
            events.publishEvent(new CalendarChanged(calendar.getId()));
        }
        return details(calendar);
    }

    private BusinessCalendar find(long id, String action) {
        return calendars.findById(id).orElseThrow(() -> scope.notFound(action, TYPE, id));
    }

    private String name(CalendarDraft draft, @Nullable Long id) {
        String name = TextRules.required("name", draft.name(), NAME_MAX);
        calendars.findByName(name).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
            throw new RejectedInputException("name", "calendar.error.name-taken", name);
        });
        return name;
    }

    /** Today in the calendar's own zone: the years its holidays may use start from there. */
    private LocalDate today(BusinessCalendar calendar) {
        return LocalDate.ofInstant(clock.instant(), calendar.getZone());
    }

    private static boolean sameHours(List<BusinessCalendar.Hours> a, List<BusinessCalendar.Hours> b) {
        Comparator<BusinessCalendar.Hours> order = Comparator.comparing(BusinessCalendar.Hours::day)
                .thenComparing(BusinessCalendar.Hours::start);
        return a.stream().sorted(order).toList().equals(b.stream().sorted(order).toList());
    }

    private static List<CalendarPeriod> periods(BusinessCalendar calendar) {
        return calendar.getHours().stream().map(CalendarRules::view)
                .sorted(Comparator.comparing(CalendarPeriod::day).thenComparing(p -> p.start())).toList();
    }

    private static CalendarDetails details(BusinessCalendar calendar) {
        List<CalendarHoliday> holidays = calendar.getHolidays().stream().map(CalendarRules::view)
                .sorted(Comparator.comparing(CalendarHoliday::day).thenComparing(CalendarHoliday::yearly)).toList();
        return new CalendarDetails(calendar.getId(), calendar.getVersion(), calendar.getName(), calendar.getZone(),
                periods(calendar), holidays);
    }

    /** The calendar as the audit trail records it. */
    private static String describe(BusinessCalendar calendar) {
        return "name=" + calendar.getName() + ", zone=" + calendar.getZone().getId() + ", hours="
                + periods(calendar).stream().map(p -> p.day().name().substring(0, 3) + " " + p.start() + "-"
                        + (p.end() == null ? "24:00" : p.end())).collect(Collectors.joining("|"))
                + ", holidays=" + calendar.getHolidays().size();
    }
}
