package app.ponte.meeting;

/** Somebody invited to a meeting: the organisation's side or the team's. */
public record MeetingPerson(long accountId, String displayName, boolean teamSide) {
}
