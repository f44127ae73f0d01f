package app.ponte.planning;

import app.ponte.H2Test;

/** {@link PlanningPersistenceContract} on the embedded H2. */
@H2Test
class PlanningPersistenceTest extends PlanningPersistenceContract {
}
