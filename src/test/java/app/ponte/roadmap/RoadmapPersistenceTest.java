package app.ponte.roadmap;

import app.ponte.H2Test;

/** {@link RoadmapPersistenceContract} on the embedded H2. */
@H2Test
class RoadmapPersistenceTest extends RoadmapPersistenceContract {
}
