package app.ponte.organisation;

/** An invitation either sent a link to a new person, or added an existing account straight away. */
public enum InviteOutcome {
    INVITED, ADDED
}
