package app.ponte.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Places accepted work on the calendar, best ranked first, as if the whole team worked through the list in
 * order: each working day (Monday to Friday) gives a fifth of the team's weekly days. An item starts when
 * the work ranked above it is done and finishes when its likely effort is; its latest finish adds up the
 * pessimistic efforts instead. Rough by design: it answers "what slips if this moves up?", not who does what.
 */
final class Schedule {

    private static final int WORKING_DAYS_PER_WEEK = 5;

    private Schedule() {
    }

    record Work(long itemId, BigDecimal likelyDays, BigDecimal pessimisticDays) {
    }

    record Slot(LocalDate start, LocalDate finish, LocalDate latestFinish) {
    }

    /** Slots by item id, in the order given; empty when the team has no capacity set. */
    static Map<Long, Slot> plan(List<Work> ranked, BigDecimal teamDaysPerWeek, LocalDate from) {
        Map<Long, Slot> slots = new LinkedHashMap<>();
        if (teamDaysPerWeek.signum() <= 0) {
            return slots;
        }
        BigDecimal perDay = teamDaysPerWeek.divide(BigDecimal.valueOf(WORKING_DAYS_PER_WEEK), 6,
                RoundingMode.HALF_UP);
        BigDecimal likelyBefore = BigDecimal.ZERO;
        BigDecimal pessimisticBefore = BigDecimal.ZERO;
        for (Work work : ranked) {
            LocalDate start = workingDay(from, daysNeeded(likelyBefore, perDay) + 1);
            likelyBefore = likelyBefore.add(work.likelyDays());
            pessimisticBefore = pessimisticBefore.add(work.pessimisticDays());
            LocalDate finish = workingDay(from, Math.max(1, daysNeeded(likelyBefore, perDay)));
            LocalDate latest = workingDay(from, Math.max(1, daysNeeded(pessimisticBefore, perDay)));
            slots.put(work.itemId(), new Slot(start.isAfter(finish) ? finish : start, finish, latest));
        }
        return slots;
    }

    /**
     * The team's days per week from the week of {@code from} on, as {@link #plan} spends them: each working day from
     * {@code from} gives a fifth of the weekly days (so the first week counts only its days left), and the ranked work
     * ({@code plannedDays}, the likely days of what the schedule placed) takes them in order until it is done.
     *
     * @return one entry per week, starting on the Monday of the week of {@code from}, or of the next working day when
     *         {@code from} falls on a weekend
     */
    static List<CapacityWeek> weeklyLoad(BigDecimal plannedDays, BigDecimal teamDaysPerWeek, LocalDate from,
            int weeks) {
        BigDecimal weekly = teamDaysPerWeek.max(BigDecimal.ZERO);
        BigDecimal perDay = weekly.divide(BigDecimal.valueOf(WORKING_DAYS_PER_WEEK), 6, RoundingMode.HALF_UP);
        LocalDate first = workingDay(from, 1);
        LocalDate monday = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        BigDecimal left = plannedDays.max(BigDecimal.ZERO);
        List<CapacityWeek> load = new ArrayList<>();
        for (int week = 0; week < weeks; week++) {
            LocalDate start = monday.plusWeeks(week);
            long workingDays = Stream.iterate(start, day -> day.plusDays(1)).limit(7)
                    .filter(day -> !day.isBefore(first) && !isWeekend(day)).count();
            BigDecimal available = workingDays == WORKING_DAYS_PER_WEEK ? weekly
                    : perDay.multiply(BigDecimal.valueOf(workingDays));
            BigDecimal committed = left.min(available);
            left = left.subtract(committed);
            load.add(new CapacityWeek(start, available.stripTrailingZeros(), committed.stripTrailingZeros()));
        }
        return load;
    }

    private static int daysNeeded(BigDecimal work, BigDecimal perDay) {
        return work.divide(perDay, 0, RoundingMode.CEILING).intValueExact();
    }

    /** The n-th working day counting from {@code from} (n = 1 is {@code from} itself, or the next working day). */
    static LocalDate workingDay(LocalDate from, int n) {
        LocalDate day = from;
        while (isWeekend(day)) {
            day = day.plusDays(1);
        }
        int remaining = n - 1;
        day = day.plusWeeks(remaining / WORKING_DAYS_PER_WEEK);
        for (int i = 0; i < remaining % WORKING_DAYS_PER_WEEK; i++) {
            day = day.plusDays(1);
            while (isWeekend(day)) {
                day = day.plusDays(1);
            }
        }
        return day;
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
