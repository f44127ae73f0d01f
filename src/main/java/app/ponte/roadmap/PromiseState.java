package app.ponte.roadmap;

/** How a promise turned out: delivered by the first date told, delivered later, still open, or broken. */
public enum PromiseState {
    KEPT_ON_TIME, KEPT_LATE, OPEN, BROKEN;

    public String labelKey() {
        return "roadmap.promise." + name();
    }
}
