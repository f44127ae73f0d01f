package app.ponte.planning;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One week of the team's capacity as the schedule spends it: the days the team gives to requests that week (the
 * first week only its working days left) and how many of them the scheduled work takes.
 *
 * @param monday the week's first day
 */
public record CapacityWeek(LocalDate monday, BigDecimal available, BigDecimal committed) {
}
