package app.ponte.request;

import app.ponte.base.RejectedInputException;
import app.ponte.base.TextRules;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a product request (idea, change, integration) explains, as in a discovery workshop: who is affected,
 * how the result will be used, its business impact, and a desired date with the reason it matters.
 */
public record ProductAnswers(@Nullable String affectedPeople, @Nullable String intendedUse,
        @Nullable String businessImpact, @Nullable LocalDate desiredDate, @Nullable String desiredDateReason) {

    /** No answers: what every other kind carries. */
    public static final ProductAnswers NONE = new ProductAnswers(null, null, null, null, null);

    static final int DATE_REASON_MAX = 500;

    /** The three answers every product request gives, without a desired date. */
    public static ProductAnswers of(String affectedPeople, String intendedUse, String businessImpact) {
        return new ProductAnswers(affectedPeople, intendedUse, businessImpact, null, null);
    }

    /** The same answers, wanted by a date for a reason. */
    public ProductAnswers wantedBy(@Nullable LocalDate date, @Nullable String reason) {
        return new ProductAnswers(affectedPeople, intendedUse, businessImpact, date, reason);
    }

    /** The first broken rule, on its field; a desired date lies ahead and says why. */
    void check(LocalDate today) {
        TextRules.required("affectedPeople", affectedPeople, RequestDraft.ANSWER_MAX);
        TextRules.required("intendedUse", intendedUse, RequestDraft.ANSWER_MAX);
        TextRules.required("businessImpact", businessImpact, RequestDraft.ANSWER_MAX);
        String reason = TextRules.optional("desiredDateReason", desiredDateReason, DATE_REASON_MAX);
        if (desiredDate != null && desiredDate.isBefore(today)) {
            throw new RejectedInputException("desiredDate", "request.error.date-in-past");
        }
        if (desiredDate != null && reason.isEmpty()) {
            throw new RejectedInputException("desiredDateReason", "request.error.date-reason-required");
        }
    }
}
