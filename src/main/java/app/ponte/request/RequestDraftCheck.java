package app.ponte.request;

import app.ponte.base.RejectedInputException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The rules of the guided form: what each kind must explain, and how long each answer may be (the
 * column sizes of V4). The first broken rule is reported on its field with a translated message.
 */
final class RequestDraftCheck {

    static final int TITLE_MAX = 200;
    static final int PROBLEM_MAX = 4000;
    static final int ANSWER_MAX = 1000;
    static final int SHORT_MAX = 200;
    static final int REASON_MAX = 500;
    static final int STEPS_MAX = 2000;

    private RequestDraftCheck() {
    }

    static void check(RequestDraft draft, LocalDate today) {
        required("title", draft.title(), TITLE_MAX);
        required("problem", draft.problem(), PROBLEM_MAX);
        RequestKind kind = draft.kind();
        if (kind.asksDiscovery()) {
            required("affectedPeople", draft.affectedPeople(), ANSWER_MAX);
            required("intendedUse", draft.intendedUse(), ANSWER_MAX);
            required("businessImpact", draft.businessImpact(), ANSWER_MAX);
            optional("desiredDateReason", draft.desiredDateReason(), REASON_MAX);
            if (draft.desiredDate() != null && draft.desiredDate().isBefore(today)) {
                throw new RejectedInputException("desiredDate", "request.error.date-in-past");
            }
            if (draft.desiredDate() != null && blank(draft.desiredDateReason())) {
                throw new RejectedInputException("desiredDateReason", "request.error.date-reason-required");
            }
        }
        if (kind.asksAffectedSystem() && draft.systemIds().isEmpty()) {
            required("affectedSystem", draft.affectedSystem(), SHORT_MAX);
        }
        optional("affectedSystem", draft.affectedSystem(), SHORT_MAX);
        if (kind.asksFault()) {
            if (draft.severity() == null) {
                throw new RejectedInputException("severity", "request.error.severity-required");
            }
            if (kind == RequestKind.BUG) {
                required("steps", draft.steps(), STEPS_MAX);
            } else {
                optional("steps", draft.steps(), STEPS_MAX);
            }
            required("occurringSince", draft.occurringSince(), SHORT_MAX);
        }
        if (kind.asksIntegration()) {
            required("systemsInvolved", draft.systemsInvolved(), REASON_MAX);
            required("dataInvolved", draft.dataInvolved(), ANSWER_MAX);
            if (draft.personalData() == null) {
                throw new RejectedInputException("personalData", "request.error.personal-data-required");
            }
        }
    }

    static void required(String field, @Nullable String value, int max) {
        if (blank(value)) {
            throw new RejectedInputException(field, "request.error.required");
        }
        optional(field, value, max);
    }

    static void optional(String field, @Nullable String value, int max) {
        if (value != null && value.strip().length() > max) {
            throw new RejectedInputException(field, "request.error.too-long", max);
        }
    }

    static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
