package app.ponte.meeting;

import app.ponte.sla.WorkingTime;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where the working hours of an organisation and of the team meet on one day, read in the organisation's zone.
 * Each side's weekly hours are laid on the real timeline in its own zone (the team's days before and after too, as a
 * day in São Paulo may touch two days in Tokyo), so the overlap follows each zone's daylight saving on that date: a
 * 10:00 New York review is 12:00 in São Paulo in December and 11:00 in July. Holidays are left aside (a series is a
 * weekly pattern). Pure.
 */
public final class WorkingHoursOverlap {

    /** Monday to Friday, 09:00–18:00: anybody's working hours without a business calendar. */
    static WorkingTime officeHours(ZoneId zone) {
        var week = new EnumMap<DayOfWeek, List<WorkingTime.Period>>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                week.put(day, List.of(new WorkingTime.Period(LocalTime.of(9, 0), LocalTime.of(18, 0))));
            }
        }
        return new WorkingTime(zone, week, Set.of(), Set.of());
    }

    /** One stretch of shared working time on a day, in the organisation's zone. */
    public record Window(ZonedDateTime start, ZonedDateTime end) {

        public LocalTime startTime() {
            return start.toLocalTime();
        }

        public LocalTime endTime() {
            return end.toLocalTime();
        }

        boolean holds(ZonedDateTime from, Duration length) {
            return !from.isBefore(start) && !from.plus(length).isAfter(end);
        }
    }

    private final WorkingTime organisation;
    private final WorkingTime team;
    private final ZoneId zone;

    /** The two sides' hours, read in {@code zone} (the organisation's, whatever zone its calendar keeps). */
    public WorkingHoursOverlap(WorkingTime organisation, WorkingTime team, ZoneId zone) {
        this.organisation = organisation;
        this.team = team;
        this.zone = zone;
    }

    /** The shared windows on this day of the organisation's calendar, in order. */
    public List<Window> on(LocalDate day) {
        Span whole = new Span(day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant());
        List<Span> shared = intersect(intersect(List.of(whole), around(organisation, day)), around(team, day));
        return shared.stream().sorted((a, b) -> a.start.compareTo(b.start))
                .map(span -> new Window(span.start.atZone(zone), span.end.atZone(zone))).toList();
    }

    /**
     * The first full hour of the day from which a meeting of this length fits a shared window (else the start of the
     * first window it fits), in the organisation's zone; empty when none holds it.
     */
    public Optional<LocalTime> proposedStart(LocalDate day, Duration length) {
        for (Window window : on(day)) {
            ZonedDateTime fullHour = window.start.truncatedTo(ChronoUnit.HOURS);
            if (fullHour.isBefore(window.start)) {
                fullHour = fullHour.plusHours(1);
            }
            if (window.holds(fullHour, length)) {
                return Optional.of(fullHour.toLocalTime());
            }
            if (window.holds(window.start, length)) {
                return Optional.of(window.startTime());
            }
        }
        return Optional.empty();
    }

    /** Whether a meeting at this local time of the day lies wholly in shared working time. */
    public boolean fits(LocalDate day, LocalTime time, Duration length) {
        ZonedDateTime from = ZonedDateTime.of(day, time, zone);
        return on(day).stream().anyMatch(window -> window.holds(from, length));
    }

    private record Span(Instant start, Instant end) {
    }

    private static List<Span> intersect(List<Span> these, List<Span> those) {
        var shared = new ArrayList<Span>();
        for (Span one : these) {
            for (Span other : those) {
                Instant start = one.start.isAfter(other.start) ? one.start : other.start;
                Instant end = one.end.isBefore(other.end) ? one.end : other.end;
                if (start.isBefore(end)) {
                    shared.add(new Span(start, end));
                }
            }
        }
        return shared;
    }

    /** A side's working spans on the days around this one in its own zone (a day elsewhere may touch two of ours). */
    private static List<Span> around(WorkingTime hours, LocalDate day) {
        var spans = new ArrayList<Span>();
        for (LocalDate each = day.minusDays(1); !each.isAfter(day.plusDays(1)); each = each.plusDays(1)) {
            for (WorkingTime.Period period : hours.periodsOn(each.getDayOfWeek())) {
                Instant start = ZonedDateTime.of(each, period.start(), hours.zone()).toInstant();
                Instant end = period.end() == null ? each.plusDays(1).atStartOfDay(hours.zone()).toInstant()
                        : ZonedDateTime.of(each, period.end(), hours.zone()).toInstant();
                if (start.isBefore(end)) {
                    spans.add(new Span(start, end));
                }
            }
        }
        return spans;
    }
}
