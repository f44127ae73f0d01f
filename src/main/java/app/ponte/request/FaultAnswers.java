package app.ponte.request;

import app.ponte.base.RejectedInputException;
import app.ponte.base.TextRules;
import org.jspecify.annotations.Nullable;

/** What a bug or an incident explains: how severe it is, the steps that show it (a bug's must), and since when. */
public record FaultAnswers(@Nullable Severity severity, @Nullable String steps, @Nullable String occurringSince) {

    /** No answers: what every other kind carries. */
    public static final FaultAnswers NONE = new FaultAnswers(null, null, null);

    static final int STEPS_MAX = 2000;

    /** The first broken rule, on its field. */
    void check(RequestKind kind) {
        if (severity == null) {
            throw new RejectedInputException("severity", "request.error.severity-required");
        }
        if (kind == RequestKind.BUG) {
            TextRules.required("steps", steps, STEPS_MAX);
        } else {
            TextRules.optional("steps", steps, STEPS_MAX);
        }
        TextRules.required("occurringSince", occurringSince, RequestDraft.SHORT_MAX);
    }
}
