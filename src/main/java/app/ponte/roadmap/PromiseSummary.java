package app.ponte.roadmap;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How an organisation's promises turned out: kept on time, kept late (and by how many days on average),
 * open, broken.
 */
public record PromiseSummary(long keptOnTime, long keptLate, double averageDaysLate, long open, long broken) {

    static PromiseSummary of(List<PromiseFacts> promises, LocalDate today) {
        Map<PromiseState, List<PromiseFacts>> byState = promises.stream()
                .collect(Collectors.groupingBy(p -> p.state(today)));
        List<PromiseFacts> late = byState.getOrDefault(PromiseState.KEPT_LATE, List.of());
        return new PromiseSummary(count(byState, PromiseState.KEPT_ON_TIME), late.size(),
                late.stream().mapToLong(p -> p.daysLate(today)).average().orElse(0),
                count(byState, PromiseState.OPEN), count(byState, PromiseState.BROKEN));
    }

    private static long count(Map<PromiseState, List<PromiseFacts>> byState, PromiseState state) {
        return byState.getOrDefault(state, List.of()).size();
    }
}
