package app.ponte.roadmap;

import java.time.YearMonth;

/**
 * The team's record for the promises delivered in a month: how many, the share delivered by the first date
 * told, and the average slip in days of all of them (on-time ones count as zero).
 */
public record DeliveryRecord(YearMonth month, long delivered, double onTimeRate, double averageSlipDays) {
}
