package app.ponte.roadmap;

/** Where an initiative or a milestone stands. */
public enum DeliveryStatus {
    PLANNED, IN_PROGRESS, DELIVERED, CANCELLED;

    public String labelKey() {
        return "roadmap.status." + name();
    }
}
