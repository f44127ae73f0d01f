package app.ponte.sla;

/**
 * An organisation's terms changed: it moved to another plan, or the targets of its plan were edited. Published
 * inside the change's transaction; the clocks of its open support requests re-compute their targets.
 */
record PlanChanged(long organisationId, long actorId) {
}
