package app.ponte.planning;

/** What the team did about a conflict. */
public enum ConflictHandling {
    OPEN, DECISION_ASKED, RISK_ACCEPTED, RESCHEDULED;

    public String labelKey() {
        return "conflict.handling." + name();
    }
}
