package app.ponte.meeting;

/** What a meeting settled: a review's decisions, a discovery workshop's needs found. */
public enum OutcomeKind {
    DECISION, NEED;

    /** The kind a meeting of this kind records. */
    static OutcomeKind of(MeetingKind kind) {
        return kind == MeetingKind.WORKSHOP ? NEED : DECISION;
    }
}
