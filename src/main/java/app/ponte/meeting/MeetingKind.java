package app.ponte.meeting;

/** A review is an occurrence of an organisation's series; a workshop (discovery) is a single meeting of its own. */
public enum MeetingKind {
    REVIEW, WORKSHOP;

    public String labelKey() {
        return "meeting.kind." + name();
    }
}
