package app.ponte.catalogue;

/** How much it hurts when a system is down: what the team protects first. */
public enum Criticality {
    CRITICAL, HIGH, MEDIUM, LOW;

    public String labelKey() {
        return "system.criticality." + name();
    }
}
