package app.ponte.organisation;

import app.ponte.MariaDbTest;

/** {@link TenancyPersistenceContract} on the real MariaDB named by PONTE_TEST_MARIADB_URL. */
@MariaDbTest
class TenancyPersistenceMariaDbIT extends TenancyPersistenceContract {
}
