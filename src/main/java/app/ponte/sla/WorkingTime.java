package app.ponte.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A business calendar as arithmetic: working periods per weekday in a time zone, minus holidays (one-off
 * days and days that come back every year). Adds business time to an instant and measures the business time
 * between two instants. Each day's periods are laid on that day's own offset, so a daylight-saving change
 * moves nothing but the instants: nine working hours stay nine, and a night-time gap or repeat counts as it
 * really passed. Immutable; results never depend on the server's zone.
 */
public final class WorkingTime {

    /** How far {@link #plus} looks for working time before it gives up (ten years of holidays only). */
    private static final int SEARCH_DAYS = 3660;

    private final ZoneId zone;
    private final Map<DayOfWeek, List<Period>> week;
    private final Set<LocalDate> holidays;
    private final Set<MonthDay> yearlyHolidays;

    /**
     * One working period of a day, from {@code start} until {@code end}; an end of {@code null} means midnight at
     * the end of the day, so that a day can be worked whole.
     */
    public record Period(LocalTime start, @org.jspecify.annotations.Nullable LocalTime end) {
        public Period {
            if (end != null && !end.isAfter(start)) {
                throw new IllegalArgumentException("A working period ends after it starts: " + start + "-" + end);
            }
        }

        public static Period wholeDay() {
            return new Period(LocalTime.MIDNIGHT, null);
        }

        boolean overlaps(Period other) {
            return start.isBefore(other.endOrMidnightSeconds()) && other.start.isBefore(endOrMidnightSeconds());
        }

        private LocalTime endOrMidnightSeconds() {
            return end == null ? LocalTime.MAX : end;
        }
    }

    public WorkingTime(ZoneId zone, Map<DayOfWeek, List<Period>> week, Set<LocalDate> holidays,
            Set<MonthDay> yearlyHolidays) {
        this.zone = zone;
        var copy = new EnumMap<DayOfWeek, List<Period>>(DayOfWeek.class);
        week.forEach((day, periods) -> {
            var sorted = new ArrayList<>(periods);
            sorted.sort(Comparator.comparing(Period::start));
            for (int i = 1; i < sorted.size(); i++) {
                if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                    throw new IllegalArgumentException("Working periods overlap on " + day);
                }
            }
            if (!sorted.isEmpty()) {
                copy.put(day, List.copyOf(sorted));
            }
        });
        this.week = copy;
        this.holidays = Set.copyOf(holidays);
        this.yearlyHolidays = Set.copyOf(yearlyHolidays);
    }

    /** Every hour of every day, no holidays. */
    public static WorkingTime aroundTheClock(ZoneId zone) {
        var week = new EnumMap<DayOfWeek, List<Period>>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, List.of(Period.wholeDay()));
        }
        return new WorkingTime(zone, week, Set.of(), Set.of());
    }

    public ZoneId zone() {
        return zone;
    }

    /** Whether any weekday has a working period: without one, no target can ever be met. */
    public boolean hasWorkingTime() {
        return !week.isEmpty();
    }

    /** The working periods of a weekday (holidays aside), in order: the week other features compare with theirs. */
    public List<Period> periodsOn(DayOfWeek day) {
        return week.getOrDefault(day, List.of());
    }

    public boolean isHoliday(LocalDate day) {
        return holidays.contains(day) || yearlyHolidays.contains(MonthDay.from(day));
    }

    /** The business time that passes from {@code from} until {@code to}; zero when {@code to} is not later. */
    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate().minusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
            for (Interval working : workingOn(day)) {
                Instant start = max(working.start, from);
                Instant end = min(working.end, to);
                if (end.isAfter(start)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    /**
     * The instant at which {@code businessTime} has passed, counting from {@code from}. Zero business time is
     * {@code from} itself, even outside working hours.
     *
     * @throws IllegalStateException when the calendar has no working time within ten years
     */
    public Instant plus(Instant from, Duration businessTime) {
        if (businessTime.isNegative()) {
            throw new IllegalArgumentException("Business time to add is negative: " + businessTime);
        }
        if (businessTime.isZero()) {
            return from;
        }
        Duration left = businessTime;
        LocalDate day = from.atZone(zone).toLocalDate().minusDays(1);
        for (int searched = 0; searched < SEARCH_DAYS; searched++, day = day.plusDays(1)) {
            for (Interval working : workingOn(day)) {
                Instant start = max(working.start, from);
                if (!working.end.isAfter(start)) {
                    continue;
                }
                Duration available = Duration.between(start, working.end);
                if (available.compareTo(left) >= 0) {
                    return start.plus(left);
                }
                left = left.minus(available);
            }
        }
        throw new IllegalStateException("No working time within " + SEARCH_DAYS + " days of " + from);
    }

    private List<Interval> workingOn(LocalDate day) {
        if (isHoliday(day)) {
            return List.of();
        }
        var periods = week.getOrDefault(day.getDayOfWeek(), List.of());
        var intervals = new ArrayList<Interval>(periods.size());
        for (Period period : periods) {
            Instant start = instantAt(day, period.start());
            Instant end = period.end() == null ? day.plusDays(1).atStartOfDay(zone).toInstant()
                    : instantAt(day, period.end());
            if (end.isAfter(start)) {
                intervals.add(new Interval(start, end));
            }
        }
        return intervals;
    }

    /**
     * When the local time {@code time} of {@code day} happens. A time skipped by a spring-forward gap happens at
     * the moment the clocks jumped (not an hour later, as {@link ZonedDateTime#of} would shift it), so that local
     * times in order stay instants in order: two periods of a day never overlap once laid on the real timeline,
     * and a period wholly inside the gap is empty. A repeated time (autumn) is taken at its first occurrence.
     */
    private Instant instantAt(LocalDate day, LocalTime time) {
        LocalDateTime local = day.atTime(time);
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            return transition.getInstant();
        }
        return ZonedDateTime.ofLocal(local, zone, null).toInstant();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private record Interval(Instant start, Instant end) {
    }
}
