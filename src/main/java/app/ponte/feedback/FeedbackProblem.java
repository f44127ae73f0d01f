package app.ponte.feedback;

/** Why a feedback link cannot be answered; each has a clear page ("feedback.problem." + name). */
public enum FeedbackProblem {
    /** No such link: mistyped, tampered with, or never sent. */
    UNKNOWN,
    /** Older than its validity. */
    EXPIRED,
    /** A newer form replaced it (the request was re-opened and delivered again). */
    REPLACED,
    /** Already answered, by this link or in the app: thanked, with the day. */
    ANSWERED,
    /** Too many tries from this address: wait a while. */
    TOO_MANY;

    public String messageKey() {
        return "feedback.problem." + name();
    }
}
