package app.ponte.catalogue;

import java.math.BigDecimal;

/** A row of the systems list. */
public record SystemSummary(long id, String name, Criticality criticality, BigDecimal availabilityTarget,
        String ownerName, long dependents) {
}
