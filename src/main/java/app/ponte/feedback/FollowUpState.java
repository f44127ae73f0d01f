package app.ponte.feedback;

/** Where a follow-up of a low answer stands. */
public enum FollowUpState {
    OPEN, DONE;

    public String labelKey() {
        return "feedback.follow-up.state." + name();
    }
}
