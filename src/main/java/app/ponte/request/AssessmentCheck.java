package app.ponte.request;

import app.ponte.base.RejectedInputException;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** The rules of an assessment; the first broken one is reported on its field with a translated message. */
final class AssessmentCheck {

    static final BigDecimal MOST_DAYS = new BigDecimal("9999");

    private AssessmentCheck() {
    }

    static void check(AssessmentDraft draft, boolean requestInvolvesPersonalData) {
        RequestDraftCheck.required("feasibility", draft.feasibility(), 1000);
        days("effortOptimistic", draft.effortOptimistic());
        days("effortLikely", draft.effortLikely());
        days("effortPessimistic", draft.effortPessimistic());
        if (draft.effortOptimistic().compareTo(draft.effortLikely()) > 0
                || draft.effortLikely().compareTo(draft.effortPessimistic()) > 0) {
            throw new RejectedInputException("effortLikely", "assessment.error.effort-order");
        }
        RequestDraftCheck.optional("dependencies", draft.dependencies(), 1000);
        RequestDraftCheck.required("securityImpact", draft.securityImpact(), 1000);
        if (draft.risk() == null) {
            throw new RejectedInputException("risk", "assessment.error.risk");
        }
        if (draft.decision() == null) {
            throw new RejectedInputException("decision", "assessment.error.decision");
        }
        if (requestInvolvesPersonalData && !draft.personalData()) {
            throw new RejectedInputException("personalData", "assessment.error.personal-data-stated");
        }
        if (draft.personalData() && draft.decision().accepts()) {
            if (draft.legalBasis() == null) {
                throw new RejectedInputException("legalBasis", "assessment.error.gdpr-required");
            }
            RequestDraftCheck.required("dataCategories", draft.dataCategories(), 500);
            if (draft.encryptionNeeded() == null) {
                throw new RejectedInputException("encryptionNeeded", "assessment.error.gdpr-required");
            }
        }
        if (draft.decision() == AssessmentDecision.ACCEPT_WITH_CONDITIONS) {
            RequestDraftCheck.required("conditions", draft.conditions(), 1000);
        } else {
            RequestDraftCheck.optional("conditions", draft.conditions(), 1000);
        }
        RequestDraftCheck.required("reasoning", draft.reasoning(), 2000);
        RequestDraftCheck.optional("internalNotes", draft.internalNotes(), 2000);
    }

    private static void days(String field, @Nullable BigDecimal days) {
        if (days == null || days.signum() < 0 || days.compareTo(MOST_DAYS) > 0 || days.stripTrailingZeros().scale() > 1) {
            throw new RejectedInputException(field, "assessment.error.days");
        }
    }
}
