package app.ponte.request;

/** What the team decided after assessing a change or an integration. */
public enum AssessmentDecision {
    ACCEPT, ACCEPT_WITH_CONDITIONS, DECLINE;

    public boolean accepts() {
        return this != DECLINE;
    }

    public String labelKey() {
        return "assessment.decision." + name();
    }
}
