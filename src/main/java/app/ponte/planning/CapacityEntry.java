package app.ponte.planning;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A team member's weekly days for requests; {@code version} is null while none was set (counted as 0).
 */
public record CapacityEntry(long accountId, String displayName, String email, BigDecimal daysPerWeek,
        @Nullable Long version) {
}
