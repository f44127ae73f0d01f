package app.ponte.sla;

import app.ponte.base.RejectedInputException;
import app.ponte.base.TextRules;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a business calendar must be, each refusal naming its field: a known zone, some working time, periods that
 * neither run backwards nor overlap on a day, holidays on a named, single day within the years a calendar can use.
 * A day's periods are refused on the field {@code hours.MONDAY} (and so on), so the editor can show it there.
 */
final class CalendarRules {

    static final int PERIODS_PER_DAY = 6;
    /** Holidays a calendar may hold: an ICS file of many countries' holidays would make every clock slow. */
    static final int MAX_HOLIDAYS = IcsHolidays.MAX_HOLIDAYS;
    /** Holidays may lie from the start of last year until ten years ahead: older ones count for nothing. */
    static final int YEARS_AHEAD = 10;

    private CalendarRules() {
    }

    static String hoursField(DayOfWeek day) {
        return "hours." + day.name();
    }

    static ZoneId zone(@Nullable String zoneId) {
        if (zoneId == null || zoneId.isBlank()) {
            throw new RejectedInputException("zone", "input.required");
        }
        try {
            return ZoneId.of(zoneId.strip());
        } catch (DateTimeException e) {
            throw new RejectedInputException("zone", "calendar.error.zone-unknown", zoneId.strip());
        }
    }

    /** The working week as the calendar stores it, each day's periods in order. */
    static List<BusinessCalendar.Hours> hours(List<CalendarPeriod> periods) {
        if (periods.isEmpty()) {
            throw new RejectedInputException("hours", "calendar.error.no-hours");
        }
        Map<DayOfWeek, List<WorkingTime.Period>> week = new EnumMap<>(DayOfWeek.class);
        for (CalendarPeriod period : periods) {
            String field = hoursField(period.day());
            if (period.start() == null) {
                throw new RejectedInputException(field, "calendar.error.period-incomplete");
            }
            LocalTime end = period.endOrNullAtMidnight();
            if (end != null && !end.isAfter(period.start())) {
                throw new RejectedInputException(field, "calendar.error.period-inverted", period.start().toString(),
                        end.toString());
            }
            week.computeIfAbsent(period.day(), day -> new ArrayList<>()).add(new WorkingTime.Period(period.start(), end));
        }
        List<BusinessCalendar.Hours> hours = new ArrayList<>();
        week.forEach((day, dayPeriods) -> {
            if (dayPeriods.size() > PERIODS_PER_DAY) {
                throw new RejectedInputException(hoursField(day), "calendar.error.too-many-periods", PERIODS_PER_DAY);
            }
            dayPeriods.sort(Comparator.comparing(WorkingTime.Period::start));
            for (int i = 1; i < dayPeriods.size(); i++) {
                if (dayPeriods.get(i - 1).overlaps(dayPeriods.get(i))) {
                    throw new RejectedInputException(hoursField(day), "calendar.error.period-overlap");
                }
            }
            dayPeriods.forEach(p -> hours.add(new BusinessCalendar.Hours(day, p.start(), p.end())));
        });
        return hours;
    }

    /** A holiday as typed, checked on its own and against those the calendar has. */
    static BusinessCalendar.Holiday holiday(CalendarHoliday typed, List<BusinessCalendar.Holiday> existing,
            LocalDate today) {
        String name = TextRules.required("holidayName", typed.name(), BusinessCalendars.NAME_MAX);
        LocalDate day = typed.day();
        if (day == null) {
            throw new RejectedInputException("holidayDay", "input.required");
        }
        if (!withinYears(day, today)) {
            throw new RejectedInputException("holidayDay", "calendar.error.holiday-year", firstYear(today),
                    lastYear(today));
        }
        CalendarHoliday checked = new CalendarHoliday(day, typed.yearly(), name);
        if (existing.stream().anyMatch(other -> checked.clashesWith(view(other)))) {
            throw new RejectedInputException("holidayDay", "calendar.error.holiday-duplicate", day.toString());
        }
        if (existing.size() >= MAX_HOLIDAYS) {
            throw new RejectedInputException("holidayDay", "calendar.error.too-many-holidays", MAX_HOLIDAYS);
        }
        return new BusinessCalendar.Holiday(day, typed.yearly(), name);
    }

    static boolean withinYears(LocalDate day, LocalDate today) {
        return day.getYear() >= firstYear(today) && day.getYear() <= lastYear(today);
    }

    static int firstYear(LocalDate today) {
        return today.getYear() - 1;
    }

    static int lastYear(LocalDate today) {
        return today.getYear() + YEARS_AHEAD;
    }

    static CalendarHoliday view(BusinessCalendar.Holiday holiday) {
        return new CalendarHoliday(holiday.day(), holiday.yearly(), holiday.name());
    }

    static CalendarPeriod view(BusinessCalendar.Hours hours) {
        return new CalendarPeriod(hours.day(), hours.start(), hours.end());
    }
}
