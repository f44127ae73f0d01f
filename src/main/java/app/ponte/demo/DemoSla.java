package app.ponte.demo;

import app.ponte.organisation.OrganisationKind;
import app.ponte.request.Priority;
import app.ponte.sla.BusinessCalendars;
import app.ponte.sla.CalendarDraft;
import app.ponte.sla.CalendarHoliday;
import app.ponte.sla.CalendarPeriod;
import app.ponte.sla.PlanDraft;
import app.ponte.sla.SlaPlans;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The seed's business calendars and SLA plans, and which organisation is on which, through the services as
 * the admin. Loaded before the demo requests are filed, so that their clocks start on these terms. Movable
 * holidays (Thanksgiving, Good Friday, Corpus Christi) are computed for this year and the next two.
 */
@Component
@ConditionalOnProperty(name = "ponte.demo.enabled", havingValue = "true")
class DemoSla {

    static final String NEW_YORK = "New York business hours";
    static final String LISBON = "Lisbon business hours";
    static final String SAO_PAULO = "São Paulo business hours";
    static final String AROUND_THE_CLOCK = "Around the clock";
    static final String PREMIUM = "Premium 24/7";
    static final String BUSINESS_HOURS = "Business hours";
    static final String INTERNAL = "Internal";
    private static final int YEARS_AHEAD = 2;
    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private static final LocalTime NINE = LocalTime.of(9, 0);
    private static final LocalTime SIX_PM = LocalTime.of(18, 0);

    private final BusinessCalendars calendars;
    private final SlaPlans plans;

    DemoSla(BusinessCalendars calendars, SlaPlans plans) {
        this.calendars = calendars;
        this.plans = plans;
    }

    void load(Map<String, Long> organisationIds, LocalDate today) {
        int year = today.getYear();
        long newYork = calendar(NEW_YORK, "America/New_York", weekdays(), newYorkHolidays(year));
        long lisbon = calendar(LISBON, "Europe/Lisbon", weekdays(), portugueseHolidays(year));
        long saoPaulo = calendar(SAO_PAULO, "America/Sao_Paulo", weekdays(), brazilianHolidays(year));
        long always = calendar(AROUND_THE_CLOCK, "UTC", EnumSet.allOf(DayOfWeek.class).stream()
                .map(day -> new CalendarPeriod(day, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)).toList(), List.of());

        long premium = plans.create(new PlanDraft(PREMIUM, true, List.of(
                target(Priority.URGENT, 30, always, 4 * 60, always),
                target(Priority.HIGH, 2 * 60, newYork, 16 * 60, newYork),
                target(Priority.NORMAL, 4 * 60, newYork, 40 * 60, newYork),
                target(Priority.LOW, 8 * 60, newYork, 80 * 60, newYork)))).id();
        long business = plans.create(new PlanDraft(BUSINESS_HOURS, false, standardTargets(lisbon))).id();
        long internal = plans.create(new PlanDraft(INTERNAL, false, standardTargets(saoPaulo))).id();

        plans.assign(organisationIds.get(DemoData.AURORA), premium);
        plans.assign(organisationIds.get(DemoData.MERIDIAN), business);
        DemoData.ORGANISATIONS.stream()
                .filter(o -> o.kind() == OrganisationKind.DEPARTMENT)
                .forEach(o -> plans.assign(organisationIds.get(o.name()), internal));
    }

    /** P1 1 h / 8 h, P2 2 h / 16 h, P3 4 h / 40 h, P4 8 h / 80 h, all on one calendar. */
    private static List<PlanDraft.Target> standardTargets(long calendar) {
        return List.of(target(Priority.URGENT, 60, calendar, 8 * 60, calendar),
                target(Priority.HIGH, 2 * 60, calendar, 16 * 60, calendar),
                target(Priority.NORMAL, 4 * 60, calendar, 40 * 60, calendar),
                target(Priority.LOW, 8 * 60, calendar, 80 * 60, calendar));
    }

    private static PlanDraft.Target target(Priority priority, int firstResponse, long firstCalendar, int resolution,
            long resolutionCalendar) {
        return new PlanDraft.Target(priority, firstResponse, firstCalendar, resolution, resolutionCalendar);
    }

    /** Creates a calendar through the admins' service, then its holidays one by one, as an admin would. */
    private long calendar(String name, String zone, List<CalendarPeriod> periods, List<CalendarHoliday> holidays) {
        var created = calendars.create(new CalendarDraft(name, zone, periods));
        long version = created.version();
        for (CalendarHoliday holiday : holidays) {
            version = calendars.addHoliday(created.id(), holiday, version).version();
        }
        return created.id();
    }

    /** Monday to Friday, 09:00 to 18:00. */
    private static List<CalendarPeriod> weekdays() {
        return WEEKDAYS.stream().sorted().map(day -> new CalendarPeriod(day, NINE, SIX_PM)).toList();
    }

    /** Christmas every year; Thanksgiving (the 4th Thursday of November) for this year and the next two. */
    static List<CalendarHoliday> newYorkHolidays(int year) {
        List<CalendarHoliday> days = new ArrayList<>();
        days.add(yearly(year, 12, 25, "Christmas Day"));
        for (int y = year; y <= year + YEARS_AHEAD; y++) {
            days.add(new CalendarHoliday(thanksgiving(y), false, "Thanksgiving"));
        }
        return days;
    }

    /** Portugal's fixed public holidays every year; Good Friday and Corpus Christi for this year and the next two. */
    static List<CalendarHoliday> portugueseHolidays(int year) {
        List<CalendarHoliday> days = new ArrayList<>(List.of(
                yearly(year, 1, 1, "Ano Novo"),
                yearly(year, 4, 25, "Dia da Liberdade"),
                yearly(year, 5, 1, "Dia do Trabalhador"),
                yearly(year, 6, 10, "Dia de Portugal"),
                yearly(year, 8, 15, "Assunção de Nossa Senhora"),
                yearly(year, 10, 5, "Implantação da República"),
                yearly(year, 11, 1, "Dia de Todos os Santos"),
                yearly(year, 12, 1, "Restauração da Independência"),
                yearly(year, 12, 8, "Imaculada Conceição"),
                yearly(year, 12, 25, "Natal")));
        for (int y = year; y <= year + YEARS_AHEAD; y++) {
            LocalDate easter = easterSunday(y);
            days.add(new CalendarHoliday(easter.minusDays(2), false, "Sexta-feira Santa"));
            days.add(new CalendarHoliday(easter.plusDays(60), false, "Corpo de Deus"));
        }
        return days;
    }

    /** Brazil's national fixed holidays, every year. */
    static List<CalendarHoliday> brazilianHolidays(int year) {
        return List.of(
                yearly(year, 1, 1, "Confraternização Universal"),
                yearly(year, 4, 21, "Tiradentes"),
                yearly(year, 5, 1, "Dia do Trabalhador"),
                yearly(year, 9, 7, "Independência do Brasil"),
                yearly(year, 10, 12, "Nossa Senhora Aparecida"),
                yearly(year, 11, 2, "Finados"),
                yearly(year, 11, 15, "Proclamação da República"),
                yearly(year, 11, 20, "Dia Nacional de Zumbi e da Consciência Negra"),
                yearly(year, 12, 25, "Natal"));
    }

    static LocalDate thanksgiving(int year) {
        return LocalDate.of(year, Month.NOVEMBER, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" computation). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static CalendarHoliday yearly(int year, int month, int day, String name) {
        return new CalendarHoliday(MonthDay.of(month, day).atYear(year), true, name);
    }
}
