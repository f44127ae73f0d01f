package app.ponte.request;

/** How risky the team judges a change or integration. */
public enum Risk {
    LOW, MEDIUM, HIGH;

    public String labelKey() {
        return "assessment.risk." + name();
    }
}
