package app.ponte.sla.ui;

/** The units a target is typed in; the service keeps minutes. */
enum DurationUnit {
    MINUTES(1), HOURS(60);

    final int minutes;

    DurationUnit(int minutes) {
        this.minutes = minutes;
    }

    String labelKey() {
        return "sla.unit." + name();
    }

    /** Hours when the minutes are whole hours, so that "4 h" comes back as it was typed. */
    static DurationUnit fitting(int minutes) {
        return minutes % 60 == 0 ? HOURS : MINUTES;
    }
}
