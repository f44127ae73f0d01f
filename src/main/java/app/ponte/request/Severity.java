package app.ponte.request;

/** How badly a fault hurts; support requests rank by it. */
public enum Severity {
    CRITICAL, HIGH, MEDIUM, LOW;

    public String labelKey() {
        return "request.severity." + name();
    }
}
