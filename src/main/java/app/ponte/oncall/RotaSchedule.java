package app.ponte.oncall;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;

/**
 * The weekly rotation's arithmetic: the people take turns a week each, in their order, the first from the week of
 * {@code startsOn}; a week starts at the hand-over weekday and hour in the rota's zone. Weeks are counted on the
 * zone's calendar, so a daylight-saving change moves the hand-over with the local clock (09:00 stays 09:00) and
 * the week around it is an hour shorter or longer.
 */
record RotaSchedule(List<Long> members, DayOfWeek handOverDay, LocalTime handOverTime, ZoneId zone,
        LocalDate startsOn) {

    RotaSchedule {
        members = List.copyOf(members);
    }

    /** The hand-over on that day (a local time the zone skips is moved forward by the gap, as the clocks are). */
    Instant handOverOn(LocalDate day) {
        return ZonedDateTime.of(day, handOverTime, zone).toInstant();
    }

    /** The day of the hand-over that began the week the instant falls in. */
    LocalDate weekOf(Instant at) {
        LocalDate day = at.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(handOverDay));
        return handOverOn(day).isAfter(at) ? day.minusWeeks(1) : day;
    }

    /** The hand-over that began the week the instant falls in. */
    Instant weekStart(Instant at) {
        return handOverOn(weekOf(at));
    }

    /** The first hand-over after the instant. */
    Instant nextHandOver(Instant at) {
        return handOverOn(weekOf(at).plusWeeks(1));
    }

    /** The rota's person of the week the instant falls in; empty for an empty rota. */
    Optional<Long> personAt(Instant at) {
        if (members.isEmpty()) {
            return Optional.empty();
        }
        LocalDate first = startsOn.with(TemporalAdjusters.previousOrSame(handOverDay));
        // Both days are the same weekday: the day count is an exact multiple of seven.
        long weeks = ChronoUnit.DAYS.between(first, weekOf(at)) / 7;
        return Optional.of(members.get(Math.floorMod(weeks, members.size())));
    }

    /** The person after this week's in the rota's order (the "next rota person" of an escalation). */
    Optional<Long> nextPersonAfter(Instant at) {
        return personAt(nextHandOver(at));
    }
}
