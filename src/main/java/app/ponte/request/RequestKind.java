package app.ponte.request;

/**
 * What a requester is asking for. Each kind asks its own questions, as the team would in a discovery
 * workshop: product requests explain the need and its impact, faults explain what broke, integrations
 * explain the systems and data involved.
 */
public enum RequestKind {
    IDEA, CHANGE, INTEGRATION, BUG, INCIDENT, QUESTION;

    /** Problem, who is affected, how the result will be used, business impact, desired date and why. */
    public boolean asksDiscovery() {
        return this == IDEA || this == CHANGE || this == INTEGRATION;
    }

    /** The system the request is about. */
    public boolean asksAffectedSystem() {
        return this == CHANGE || this == BUG || this == INCIDENT;
    }

    /** Severity, steps and since when. */
    public boolean asksFault() {
        return this == BUG || this == INCIDENT;
    }

    /** The catalogue systems it touches: what freeze windows and conflicts are about. */
    public boolean asksSystems() {
        return this != IDEA && this != QUESTION;
    }

    /** Planned only after the team's assessment accepts it. */
    public boolean needsAssessmentBeforePlanning() {
        return this == CHANGE || this == INTEGRATION;
    }

    /** Systems and data involved, and whether personal data is among them. */
    public boolean asksIntegration() {
        return this == INTEGRATION;
    }

    /** A short name for compact places (a list's kind badge). */
    public String shortLabelKey() {
        return "request.kind-short." + name();
    }

    public String labelKey() {
        return "request.kind." + name();
    }
}
