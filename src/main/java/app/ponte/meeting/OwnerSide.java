package app.ponte.meeting;

/** Whose side owns an action item: the backend team, or the organisation the meeting was with. */
public enum OwnerSide {
    TEAM, ORGANISATION;

    /**
     * Who may tick an item of this side done (or re-open it): the team any item; the organisation's own members only
     * their own side's, so that the team's overdue promise cannot be ticked away by the client it was made to.
     */
    public boolean mayBeTickedBy(boolean team) {
        return team || this == ORGANISATION;
    }
}
