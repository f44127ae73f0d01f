package app.ponte.request;

import app.ponte.MariaDbTest;

/** {@link RequestPersistenceContract} on the real MariaDB named by PONTE_TEST_MARIADB_URL. */
@MariaDbTest
class RequestPersistenceMariaDbIT extends RequestPersistenceContract {
}
