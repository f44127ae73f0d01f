package app.ponte.roadmap;

/** A request a milestone delivers, read without the entities. */
record MilestoneRequest(long milestoneId, long requestId) {
}
