package app.ponte.roadmap;

import java.util.List;

/**
 * How an organisation's promises turned out: kept on time, kept late (and by how many days on average),
 * open, broken.
 */
public record PromiseSummary(long keptOnTime, long keptLate, double averageDaysLate, long open, long broken) {

    static PromiseSummary of(List<PromiseEntry> ledger) {
        long onTime = count(ledger, PromiseState.KEPT_ON_TIME);
        long late = count(ledger, PromiseState.KEPT_LATE);
        double averageLate = ledger.stream().filter(p -> p.state() == PromiseState.KEPT_LATE)
                .mapToLong(PromiseEntry::daysLate).average().orElse(0);
        return new PromiseSummary(onTime, late, averageLate, count(ledger, PromiseState.OPEN),
                count(ledger, PromiseState.BROKEN));
    }

    private static long count(List<PromiseEntry> ledger, PromiseState state) {
        return ledger.stream().filter(p -> p.state() == state).count();
    }
}
