package app.ponte.roadmap;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;

/** Roadmap dates are calendar days of the team, counted in UTC like the planning schedule. */
final class RoadmapCalendar {

    private RoadmapCalendar() {
    }

    static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    static LocalDate today(Clock clock) {
        return day(clock.instant());
    }

    /** A day as refusal messages format it ({@code {0,date,long}}) in the reader's language. */
    static Date messageArgument(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
