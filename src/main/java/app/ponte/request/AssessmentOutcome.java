package app.ponte.request;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An assessment as the caller may read it: the requester gets the decision, the conditions, the
 * effort range and the plain-words reasoning; the team also gets everything else (internal notes included).
 */
public record AssessmentOutcome(AssessmentDecision decision, @Nullable String conditions, String reasoning,
        BigDecimal effortOptimistic, BigDecimal effortLikely, BigDecimal effortPessimistic, Instant assessedAt,
        @Nullable AssessmentDraft full) {
}
