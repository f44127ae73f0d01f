package app.ponte.meeting;

/** A single meeting was moved or cancelled (its reason is on the meeting); its calendar entry must be re-issued. */
public record MeetingChanged(long meetingId, MeetingState state) {
}
