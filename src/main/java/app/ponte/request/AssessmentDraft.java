package app.ponte.request;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What the team records before planning a change or integration. Effort is a range in days. The
 * data-protection part (legal basis, data categories, encryption) is required when personal data is
 * involved and the decision accepts. The reasoning is written for the requester; internal notes are not.
 */
public record AssessmentDraft(String feasibility, @Nullable BigDecimal effortOptimistic,
        @Nullable BigDecimal effortLikely, @Nullable BigDecimal effortPessimistic, @Nullable String dependencies,
        String securityImpact, boolean personalData, @Nullable LegalBasis legalBasis, @Nullable String dataCategories,
        @Nullable Boolean encryptionNeeded, @Nullable Risk risk, @Nullable AssessmentDecision decision,
        @Nullable String conditions, String reasoning, @Nullable String internalNotes) {
}
