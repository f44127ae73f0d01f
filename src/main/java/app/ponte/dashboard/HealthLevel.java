package app.ponte.dashboard;

/** A relationship signal's colour: fine, worth watching, going wrong. Always shown with a word, never colour alone. */
public enum HealthLevel {
    GOOD, WARN, ALERT;

    public String labelKey() {
        return "dashboard.health.level." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
