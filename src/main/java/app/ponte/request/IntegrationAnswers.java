package app.ponte.request;

import app.ponte.base.RejectedInputException;
import app.ponte.base.TextRules;
import org.jspecify.annotations.Nullable;

/** What an integration explains: the systems and the data involved, and whether personal data is among them. */
public record IntegrationAnswers(@Nullable String systemsInvolved, @Nullable String dataInvolved,
        @Nullable Boolean personalData) {

    /** No answers: what every other kind carries. */
    public static final IntegrationAnswers NONE = new IntegrationAnswers(null, null, null);

    static final int SYSTEMS_MAX = 500;

    /** The first broken rule, on its field; whether personal data is involved must be said either way. */
    void check() {
        TextRules.required("systemsInvolved", systemsInvolved, SYSTEMS_MAX);
        TextRules.required("dataInvolved", dataInvolved, RequestDraft.ANSWER_MAX);
        if (personalData == null) {
            throw new RejectedInputException("personalData", "request.error.personal-data-required");
        }
    }
}
