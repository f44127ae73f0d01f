package app.ponte.oncall;

/** What paging did when no step of the escalation policy named anybody who could be paged. */
public enum PagingFallback {
    /** The policy's lead(s) were paged instead. */
    LEADS,
    /** There was no lead on the team either: every team member was told in the app. */
    TEAM_TOLD
}
