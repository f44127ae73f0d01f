package app.ponte.sla;

import java.time.Instant;

/** A clock the scan must look at, and when: the key of the scan's pages. */
record DueClock(long id, Instant nextCheckAt) {
}
