package app.ponte.sla;

import app.ponte.base.RejectedInputException;
import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.util.Frequency;
import biweekly.util.ICalDate;
import biweekly.util.Recurrence;
import biweekly.util.com.google.ical.compat.javautil.DateIterator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

/**
 * Reads holidays out of an ICS file (RFC 5545), as public-holiday calendars publish them: every all-day event is a
 * holiday named by its SUMMARY; one that repeats every year on its date is a yearly holiday; one that repeats by
 * another rule (the fourth Thursday of November) becomes one-off days for the years a calendar can use. Events
 * with a time of day are meetings, not holidays, and are left out. The file is read into memory up to
 * {@link #MAX_BYTES}; more than {@link #MAX_HOLIDAYS} holidays in one file are refused.
 */
final class IcsHolidays {

    static final int MAX_BYTES = 1024 * 1024;
    static final int MAX_HOLIDAYS = 5000;
    /** A multi-day event longer than this is no holiday (a season, a term) and is left out. */
    static final int MAX_DAYS_PER_EVENT = 31;
    static final String FIELD = "ics";
    private static final int MAX_STEPS = 100_000;

    /** The holidays found, and how many events could not be one (a rule no holiday can say, no name). */
    record Found(List<CalendarHoliday> holidays, int leftOut) {
    }

    private IcsHolidays() {
    }

    /** The holidays of the file whose days fall within {@code firstYear}..{@code lastYear} (yearly ones: any). */
    static Found read(InputStream ics, int firstYear, int lastYear) {
        String text = new String(limited(ics), StandardCharsets.UTF_8);
        List<ICalendar> calendars = Biweekly.parse(text).all();
        if (calendars.isEmpty()) {
            throw new RejectedInputException(FIELD, "calendar.error.ics-not-calendar");
        }
        // biweekly lays date-only values at midnight of the JVM's zone: read them back in that same zone
        ZoneId parsedIn = TimeZone.getDefault().toZoneId();
        List<CalendarHoliday> holidays = new ArrayList<>();
        int allDay = 0;
        int leftOut = 0;
        for (ICalendar calendar : calendars) {
            for (VEvent event : calendar.getEvents()) {
                if (event.getDateStart() == null || event.getDateStart().getValue() == null
                        || event.getDateStart().getValue().hasTime()) {
                    continue;
                }
                allDay++;
                String name = event.getSummary() == null || event.getSummary().getValue() == null ? ""
                        : event.getSummary().getValue().strip();
                if (name.isEmpty()) {
                    leftOut++;
                    continue;
                }
                name = name.length() > BusinessCalendars.NAME_MAX ? name.substring(0, BusinessCalendars.NAME_MAX)
                        : name;
                leftOut += add(event, name, parsedIn, firstYear, lastYear, holidays);
                if (holidays.size() > MAX_HOLIDAYS) {
                    throw new RejectedInputException(FIELD, "calendar.error.ics-too-many", MAX_HOLIDAYS);
                }
            }
        }
        if (allDay == 0) {
            throw new RejectedInputException(FIELD, "calendar.error.ics-no-all-day");
        }
        return new Found(List.copyOf(holidays), leftOut);
    }

    /** Adds the event's days; answers how many of its days were left out. */
    private static int add(VEvent event, String name, ZoneId parsedIn, int firstYear, int lastYear,
            List<CalendarHoliday> holidays) {
        LocalDate start = date(event.getDateStart().getValue());
        Recurrence rule = event.getRecurrenceRule() == null ? null : event.getRecurrenceRule().getValue();
        if (rule == null) {
            LocalDate end = event.getDateEnd() == null || event.getDateEnd().getValue() == null ? start.plusDays(1)
                    : date(event.getDateEnd().getValue());
            long days = Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(start, end));
            if (days > MAX_DAYS_PER_EVENT) {
                return 1;
            }
            int leftOut = 0;
            for (LocalDate day = start; day.isBefore(start.plusDays(days)); day = day.plusDays(1)) {
                if (day.getYear() < firstYear || day.getYear() > lastYear) {
                    leftOut++;
                } else {
                    holidays.add(new CalendarHoliday(day, false, name));
                }
            }
            return leftOut;
        }
        if (isSameDateEveryYear(rule, start)) {
            holidays.add(new CalendarHoliday(yearlyDate(start, firstYear, lastYear), true, name));
            return 0;
        }
        if (rule.getFrequency() == null) {
            return 1;
        }
        DateIterator occurrences = event.getDateIterator(TimeZone.getTimeZone(parsedIn));
        occurrences.advanceTo(Date.from(LocalDate.of(firstYear, 1, 1).atStartOfDay(parsedIn).toInstant()));
        int found = 0;
        // a rule repeating every second would otherwise run for hours: no calendar needs more steps than this
        for (int steps = 0; occurrences.hasNext() && holidays.size() <= MAX_HOLIDAYS && steps < MAX_STEPS; steps++) {
            Date next = occurrences.next();
            LocalDate day = LocalDate.ofInstant(next.toInstant(), parsedIn);
            if (day.getYear() > lastYear) {
                break;
            }
            if (day.getYear() >= firstYear) {
                holidays.add(new CalendarHoliday(day, false, name));
                found++;
            }
        }
        return found == 0 ? 1 : 0;
    }

    /** FREQ=YEARLY, every year, on the start's own month and day, without an end. */
    private static boolean isSameDateEveryYear(Recurrence rule, LocalDate start) {
        boolean yearly = rule.getFrequency() == Frequency.YEARLY
                && (rule.getInterval() == null || rule.getInterval() == 1)
                && rule.getCount() == null && rule.getUntil() == null;
        boolean noOtherParts = rule.getByDay().isEmpty() && rule.getByYearDay().isEmpty()
                && rule.getByWeekNo().isEmpty() && rule.getBySetPos().isEmpty() && rule.getByHour().isEmpty()
                && rule.getByMinute().isEmpty() && rule.getBySecond().isEmpty();
        boolean ownMonth = rule.getByMonth().isEmpty() || rule.getByMonth().equals(List.of(start.getMonthValue()));
        boolean ownDay = rule.getByMonthDay().isEmpty()
                || rule.getByMonthDay().equals(List.of(start.getDayOfMonth()));
        return yearly && noOtherParts && ownMonth && ownDay;
    }

    /**
     * A yearly holiday keeps the year typed; one from a file that started repeating long ago is stored on its
     * date in the first year a calendar can use (29 February: in the first leap year), so that it passes the
     * same year check as one typed.
     */
    private static LocalDate yearlyDate(LocalDate start, int firstYear, int lastYear) {
        if (start.getYear() >= firstYear && start.getYear() <= lastYear) {
            return start;
        }
        for (int year = firstYear; year <= lastYear; year++) {
            if (start.getMonthValue() != 2 || start.getDayOfMonth() != 29 || java.time.Year.isLeap(year)) {
                return LocalDate.of(year, start.getMonth(), start.getDayOfMonth());
            }
        }
        return start;
    }

    /** The date as written in the file, whatever zone the parser laid it in. */
    private static LocalDate date(ICalDate value) {
        var raw = value.getRawComponents();
        if (raw != null) {
            return LocalDate.of(raw.getYear(), raw.getMonth(), raw.getDate());
        }
        return LocalDate.ofInstant(value.toInstant(), TimeZone.getDefault().toZoneId());
    }

    private static byte[] limited(InputStream in) {
        try {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new RejectedInputException(FIELD, "calendar.error.ics-too-large", MAX_BYTES / 1024);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
