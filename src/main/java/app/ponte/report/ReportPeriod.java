package app.ponte.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** A report's period: whole days in the organisation's zone, {@code from} and {@code to} both inclusive. */
public record ReportPeriod(ReportPeriodKind kind, LocalDate from, LocalDate to) {

    public ReportPeriod {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts: " + from + " .. " + to);
        }
    }

    /** The period of this kind that contains {@code day} (weeks start on Monday). */
    public static ReportPeriod containing(ReportPeriodKind kind, LocalDate day) {
        return switch (kind) {
            case WEEKLY -> {
                LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield new ReportPeriod(kind, monday, monday.plusDays(6));
            }
            case MONTHLY -> new ReportPeriod(kind, day.withDayOfMonth(1), day.with(TemporalAdjusters.lastDayOfMonth()));
            case QUARTERLY -> {
                LocalDate first = day.with(IsoFields.DAY_OF_QUARTER, 1);
                yield new ReportPeriod(kind, first, first.plusMonths(3).minusDays(1));
            }
        };
    }

    /** The period of the same kind just before this one. */
    public ReportPeriod previous() {
        return containing(kind, from.minusDays(1));
    }

    public boolean hasEndedBy(LocalDate today) {
        return today.isAfter(to);
    }
}
