package app.ponte.roadmap;

import app.ponte.base.RejectedInputException;
import app.ponte.base.TextRules;
import app.ponte.planning.Confidence;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What the team types for an initiative. */
public record InitiativeDraft(String title, @Nullable String summary, boolean publicItem,
        @Nullable Confidence confidence, @Nullable LocalDate endsOn) {

    static final int TITLE_MAX = 200;
    static final int SUMMARY_MAX = 2000;

    /**
     * The draft as an initiative keeps it: title and summary trimmed (no summary when blank), a confidence and
     * a target end; otherwise refused on the field at fault.
     */
    InitiativeDraft checked() {
        String checkedTitle = TextRules.required("title", title, TITLE_MAX);
        String checkedSummary = TextRules.optionalOrNull("summary", summary, SUMMARY_MAX);
        if (confidence == null) {
            throw new RejectedInputException("confidence", "roadmap.error.confidence-required");
        }
        if (endsOn == null) {
            throw new RejectedInputException("endsOn", "roadmap.error.ends-on-required");
        }
        return new InitiativeDraft(checkedTitle, checkedSummary, publicItem, confidence, endsOn);
    }
}
