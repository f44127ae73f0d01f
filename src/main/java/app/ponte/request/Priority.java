package app.ponte.request;

/** The team's triage priority, set when a request is triaged. */
public enum Priority {
    URGENT, HIGH, NORMAL, LOW;

    public String labelKey() {
        return "request.priority." + name();
    }
}
