package app.ponte.planning;

import java.math.BigDecimal;

/** The effort range (days) of the assessment that accepted a request, read without the backlog item. */
public record RequestEffort(long requestId, BigDecimal likely, BigDecimal pessimistic) {
}
