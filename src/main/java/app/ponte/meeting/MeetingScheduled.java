package app.ponte.meeting;

/** A meeting was put in the calendar (an occurrence made from its series, or a workshop planned). */
public record MeetingScheduled(long meetingId) {
}
