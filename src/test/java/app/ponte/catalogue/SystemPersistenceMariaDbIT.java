package app.ponte.catalogue;

import app.ponte.MariaDbTest;

/** {@link SystemPersistenceContract} on the real MariaDB named by PONTE_TEST_MARIADB_URL. */
@MariaDbTest
class SystemPersistenceMariaDbIT extends SystemPersistenceContract {
}
