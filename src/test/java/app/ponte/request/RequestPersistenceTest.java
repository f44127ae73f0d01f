package app.ponte.request;

import app.ponte.H2Test;

/** {@link RequestPersistenceContract} on the embedded H2 database. */
@H2Test
class RequestPersistenceTest extends RequestPersistenceContract {
}
