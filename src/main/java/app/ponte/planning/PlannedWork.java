package app.ponte.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the schedule knows of an accepted request: its effort range from the accepting assessment (days), the
 * likely and pessimistic finish within the planning horizon, and the systems it touches.
 */
public record PlannedWork(long requestId, String title, @Nullable BigDecimal effortLikely,
        @Nullable BigDecimal effortPessimistic, @Nullable LocalDate plannedFinish, @Nullable LocalDate latestFinish,
        Set<Long> systemIds) {
}
