package app.ponte.meeting;

/** Whose side owns an action item: the backend team, or the organisation the meeting was with. */
public enum OwnerSide {
    TEAM, ORGANISATION
}
