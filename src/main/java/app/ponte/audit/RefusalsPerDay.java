package app.ponte.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Refusals per day (in the zone asked for) and kind over the last days, oldest day first.
 *
 * @param counts one map per day: kind → count (a kind without any that day is absent)
 */
public record RefusalsPerDay(List<LocalDate> days, List<Map<RefusalKind, Long>> counts) {

    public RefusalsPerDay {
        days = List.copyOf(days);
        counts = counts.stream().map(Map::copyOf).toList();
    }

    public long count(int day, RefusalKind kind) {
        return counts.get(day).getOrDefault(kind, 0L);
    }
}
