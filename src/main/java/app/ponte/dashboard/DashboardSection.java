package app.ponte.dashboard;

/**
 * The parts of a dashboard, in the order the home page shows them. A block names the one it belongs to; a section
 * without a block for the viewer is not shown.
 */
public enum DashboardSection {
    /** A requester's own requests and what waits for their answer. */
    OUR_REQUESTS,
    /** What is coming for a requester: milestones, promises, changelog. */
    COMING,
    /** A requester's systems: freeze windows, conflicts, SLA, reviews. */
    OUR_SYSTEMS,
    /** The team's queue: age, organisations, unassigned, waiting, SLA risk, on call. */
    QUEUE,
    /** The team's planning: conflicts, capacity, milestones at risk. */
    PLANNING,
    /** The team's delivery: on-time rate, slip, throughput. */
    DELIVERY,
    /** Relationship health per organisation (team and admins). */
    RELATIONSHIPS,
    /** The administrators' watch: quiet organisations, failing e-mail, refused access, jobs. */
    ADMINISTRATION;

    public String titleKey() {
        return "dashboard.section." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
