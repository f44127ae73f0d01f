package app.ponte.meeting;

/** Planned until it is held (its agenda frozen into the minutes) or cancelled with a reason. */
public enum MeetingState {
    PLANNED, HELD, CANCELLED;

    public String labelKey() {
        return "meeting.state." + name();
    }
}
