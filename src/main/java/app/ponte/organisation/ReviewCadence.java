package app.ponte.organisation;

/** How often the team meets an organisation for a review (meetings use it later). */
public enum ReviewCadence {
    WEEKLY, BIWEEKLY, MONTHLY, QUARTERLY;

    public String labelKey() {
        return "organisation.cadence." + name();
    }
}
