package app.ponte.catalogue;

import java.math.BigDecimal;

/** A row of the systems list as the query reads it: the owner by id, named afterwards for the whole page. */
record SystemListing(long id, String name, Criticality criticality, BigDecimal availabilityTarget, long ownerId,
        long dependents) {

    SystemSummary named(String ownerName) {
        return new SystemSummary(id, name, criticality, availabilityTarget, ownerName, dependents);
    }
}
