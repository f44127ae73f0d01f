package app.ponte.organisation;

import app.ponte.H2Test;

/** {@link TenancyPersistenceContract} on the embedded H2 database. */
@H2Test
class TenancyPersistenceTest extends TenancyPersistenceContract {
}
