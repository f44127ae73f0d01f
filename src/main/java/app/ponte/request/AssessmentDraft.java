package app.ponte.request;

import app.ponte.base.RejectedInputException;
import app.ponte.base.TextRules;
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

    static final BigDecimal MOST_DAYS = new BigDecimal("9999");

    /** The rules of an assessment; the first broken one is reported on its field with a translated message. */
    void check(boolean requestInvolvesPersonalData) {
        TextRules.required("feasibility", feasibility(), 1000);
        days("effortOptimistic", effortOptimistic());
        days("effortLikely", effortLikely());
        days("effortPessimistic", effortPessimistic());
        if (effortOptimistic().compareTo(effortLikely()) > 0
                || effortLikely().compareTo(effortPessimistic()) > 0) {
            throw new RejectedInputException("effortLikely", "assessment.error.effort-order");
        }
        TextRules.optional("dependencies", dependencies(), 1000);
        TextRules.required("securityImpact", securityImpact(), 1000);
        if (risk() == null) {
            throw new RejectedInputException("risk", "assessment.error.risk");
        }
        if (decision() == null) {
            throw new RejectedInputException("decision", "assessment.error.decision");
        }
        if (requestInvolvesPersonalData && !personalData()) {
            throw new RejectedInputException("personalData", "assessment.error.personal-data-stated");
        }
        if (personalData() && decision().accepts()) {
            if (legalBasis() == null) {
                throw new RejectedInputException("legalBasis", "assessment.error.gdpr-required");
            }
            TextRules.required("dataCategories", dataCategories(), 500);
            if (encryptionNeeded() == null) {
                throw new RejectedInputException("encryptionNeeded", "assessment.error.gdpr-required");
            }
        }
        if (decision() == AssessmentDecision.ACCEPT_WITH_CONDITIONS) {
            TextRules.required("conditions", conditions(), 1000);
        } else {
            TextRules.optional("conditions", conditions(), 1000);
        }
        TextRules.required("reasoning", reasoning(), 2000);
        TextRules.optional("internalNotes", internalNotes(), 2000);
    }

    private static void days(String field, @Nullable BigDecimal days) {
        if (days == null || days.signum() < 0 || days.compareTo(MOST_DAYS) > 0 || days.stripTrailingZeros().scale() > 1) {
            throw new RejectedInputException(field, "assessment.error.days");
        }
    }
}
