package app.ponte.roadmap.ui;

import app.ponte.roadmap.InitiativeOverview;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The months a roadmap timeline spans and where a day falls on it, as a share of its width (0 to 1). Shared
 * by the page and the PDF so that both draw the same picture. The window starts at most three months back
 * and spans at most two years: older starts and later ends are cut at the edge.
 */
record TimelineScale(YearMonth first, YearMonth last) {

    static final int MONTHS_BACK = 3;
    static final int MONTHS_MAX = 24;
    static final int MONTHS_MIN = 6;

    static TimelineScale of(List<InitiativeOverview> initiatives, LocalDate today) {
        YearMonth earliest = YearMonth.from(today).minusMonths(MONTHS_BACK);
        YearMonth first = initiatives.stream().map(i -> YearMonth.from(i.startsOn())).min(YearMonth::compareTo)
                .filter(start -> start.isAfter(earliest)).orElse(earliest);
        if (first.isAfter(YearMonth.from(today))) {
            first = YearMonth.from(today);
        }
        YearMonth latest = initiatives.stream().flatMap(TimelineScale::days).map(YearMonth::from)
                .max(YearMonth::compareTo).orElse(first);
        YearMonth last = latest.isBefore(first.plusMonths(MONTHS_MIN - 1)) ? first.plusMonths(MONTHS_MIN - 1) : latest;
        if (last.isAfter(first.plusMonths(MONTHS_MAX - 1))) {
            last = first.plusMonths(MONTHS_MAX - 1);
        }
        return new TimelineScale(first, last);
    }

    private static Stream<LocalDate> days(InitiativeOverview initiative) {
        return Stream.concat(Stream.of(initiative.endsOn()),
                initiative.milestones().stream().map(InitiativeOverview.MilestoneOverview::day).filter(d -> d != null));
    }

    List<YearMonth> months() {
        return Stream.iterate(first, m -> !m.isAfter(last), m -> m.plusMonths(1)).toList();
    }

    /** Where the start of a day falls, cut to the window. */
    double at(LocalDate day) {
        long total = ChronoUnit.DAYS.between(start(), end());
        long offset = ChronoUnit.DAYS.between(start(), day);
        return Math.clamp(offset / (double) total, 0.0, 1.0);
    }

    /** The share of the width from one day to the end of another (at least one day wide when inside). */
    double span(LocalDate from, LocalDate to) {
        return Math.max(0.0, at(to.plusDays(1)) - at(from));
    }

    boolean shows(@Nullable LocalDate day) {
        return day != null && !day.isBefore(start()) && day.isBefore(end());
    }

    /** A month's share of the width. */
    double width(YearMonth month) {
        return span(month.atDay(1), month.atEndOfMonth());
    }

    private LocalDate start() {
        return first.atDay(1);
    }

    private LocalDate end() {
        return last.plusMonths(1).atDay(1);
    }
}
