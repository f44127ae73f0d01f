package app.ponte.planning;

import app.ponte.MariaDbTest;

/** {@link PlanningPersistenceContract} on the real MariaDB named by PONTE_TEST_MARIADB_URL. */
@MariaDbTest
class PlanningPersistenceMariaDbIT extends PlanningPersistenceContract {
}
