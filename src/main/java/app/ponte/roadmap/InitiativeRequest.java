package app.ponte.roadmap;

/** A request one of an initiative's milestones delivers, read without the entities. */
record InitiativeRequest(long initiativeId, long requestId) {
}
