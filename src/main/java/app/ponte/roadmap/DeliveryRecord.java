package app.ponte.roadmap;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The team's record for the promises delivered in a month: how many, the share delivered by the first date
 * told, and the average slip in days of all of them (on-time ones count as zero).
 */
public record DeliveryRecord(YearMonth month, long delivered, double onTimeRate, double averageSlipDays) {

    /** The record by month of delivery, oldest first, from the promises counted by delivery and first day. */
    static List<DeliveryRecord> of(Collection<DeliveredDays> counted) {
        Map<YearMonth, List<DeliveredDays>> byMonth = counted.stream().collect(Collectors.groupingBy(
                d -> YearMonth.from(d.deliveredOn()), TreeMap::new, Collectors.toList()));
        return byMonth.entrySet().stream().map(month -> {
            long delivered = 0;
            long onTime = 0;
            long slip = 0;
            for (DeliveredDays days : month.getValue()) {
                delivered += days.promises();
                onTime += PromiseFacts.keptOnTime(days.firstPromisedOn(), days.deliveredOn()) ? days.promises() : 0;
                slip += days.promises() * PromiseFacts.daysLate(days.firstPromisedOn(), days.deliveredOn());
            }
            return new DeliveryRecord(month.getKey(), delivered, onTime / (double) delivered,
                    slip / (double) delivered);
        }).toList();
    }
}
