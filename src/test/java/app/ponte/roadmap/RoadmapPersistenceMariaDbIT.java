package app.ponte.roadmap;

import app.ponte.MariaDbTest;

/** {@link RoadmapPersistenceContract} on the real MariaDB named by PONTE_TEST_MARIADB_URL. */
@MariaDbTest
class RoadmapPersistenceMariaDbIT extends RoadmapPersistenceContract {
}
