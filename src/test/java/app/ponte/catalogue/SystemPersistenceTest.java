package app.ponte.catalogue;

import app.ponte.H2Test;

/** {@link SystemPersistenceContract} on the embedded H2 database. */
@H2Test
class SystemPersistenceTest extends SystemPersistenceContract {
}
