package app.ponte.meeting;

import app.ponte.organisation.ReviewCadence;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The arithmetic of a review series: which days it falls on and when, as instants. Days are counted on the
 * organisation's own calendar and the hour is laid on each day's own offset, so a 10:00 New York review stays at
 * 10:00 in New York across daylight saving (and moves for everyone else); a local time skipped by a spring-forward
 * gap moves forward by the gap, as {@link ZonedDateTime#of} does. Weekly and two-weekly series count their weeks
 * from the first day; monthly and quarterly ones take the n-th (or last, -1) weekday of the month, quarterly every
 * third month from the first day's month. Pure and immutable.
 */
public record SeriesRule(ReviewCadence cadence, DayOfWeek dayOfWeek, @Nullable Integer weekOfMonth, LocalTime time,
        ZoneId zone, LocalDate firstDay) {

    /** The last week of the month, for monthly and quarterly series. */
    public static final int LAST_WEEK = -1;

    public SeriesRule {
        if (monthly(cadence) && !validWeekOfMonth(weekOfMonth)) {
            throw new IllegalArgumentException("A monthly or quarterly series needs a week of the month: "
                    + weekOfMonth);
        }
        if (!monthly(cadence)) {
            weekOfMonth = null;
        }
    }

    static SeriesRule of(MeetingSeries series) {
        return new SeriesRule(series.getCadence(), series.getDayOfWeek(), series.getWeekOfMonth(),
                series.getLocalTime(), series.getZone(), series.getFirstDay());
    }

    /** Whether the cadence counts weeks of the month (monthly, quarterly) rather than weeks from the first day. */
    public static boolean monthly(ReviewCadence cadence) {
        return cadence == ReviewCadence.MONTHLY || cadence == ReviewCadence.QUARTERLY;
    }

    public static boolean validWeekOfMonth(@Nullable Integer week) {
        return week != null && (week == LAST_WEEK || week >= 1 && week <= 4);
    }

    /** The starts in {@code [from, to)}, in order. */
    public List<Instant> occurrences(Instant from, Instant to) {
        var starts = new ArrayList<Instant>();
        // a day's start lies within about a day of its date at any offset; begin a little before to be safe
        LocalDate day = firstOnOrAfter(LocalDate.ofInstant(from, zone).minusDays(2));
        for (Instant start = startOn(day); start.isBefore(to); start = startOn(day)) {
            if (!start.isBefore(from)) {
                starts.add(start);
            }
            day = firstOnOrAfter(day.plusDays(1));
        }
        return starts;
    }

    /** The first start at or after {@code from}. */
    public Optional<Instant> next(Instant from) {
        LocalDate day = firstOnOrAfter(LocalDate.ofInstant(from, zone).minusDays(2));
        while (startOn(day).isBefore(from)) {
            day = firstOnOrAfter(day.plusDays(1));
        }
        return Optional.of(startOn(day));
    }

    /** When the series meets on this day (the day's own offset; a skipped hour moved forward). */
    public Instant startOn(LocalDate day) {
        return ZonedDateTime.of(day, time, zone).toInstant();
    }

    /** The first day of the series on or after {@code earliest}. */
    LocalDate firstOnOrAfter(LocalDate earliest) {
        LocalDate from = earliest.isBefore(firstDay) ? firstDay : earliest;
        return switch (cadence) {
            case WEEKLY -> everyNWeeks(from, 1);
            case BIWEEKLY -> everyNWeeks(from, 2);
            case MONTHLY -> everyNMonths(from, 1);
            case QUARTERLY -> everyNMonths(from, 3);
        };
    }

    private LocalDate everyNWeeks(LocalDate from, int weeks) {
        LocalDate first = firstDay.with(TemporalAdjusters.nextOrSame(dayOfWeek));
        if (!from.isAfter(first)) {
            return first;
        }
        long periods = Math.ceilDiv(ChronoUnit.DAYS.between(first, from), 7L * weeks);
        return first.plusWeeks(periods * weeks);
    }

    private LocalDate everyNMonths(LocalDate from, int months) {
        YearMonth start = YearMonth.from(firstDay);
        long behind = ChronoUnit.MONTHS.between(start, YearMonth.from(from));
        YearMonth month = start.plusMonths(Math.max(0, behind / months * months));
        while (true) {
            LocalDate day = dayIn(month);
            if (!day.isBefore(from)) {
                return day;
            }
            month = month.plusMonths(months);
        }
    }

    private LocalDate dayIn(YearMonth month) {
        int week = weekOfMonth == null ? 1 : weekOfMonth;
        return week == LAST_WEEK ? month.atEndOfMonth().with(TemporalAdjusters.lastInMonth(dayOfWeek))
                : month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(week, dayOfWeek));
    }
}
