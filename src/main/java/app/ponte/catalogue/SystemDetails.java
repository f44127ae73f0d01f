package app.ponte.catalogue;

import app.ponte.organisation.OrganisationSummary;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A system as its editor shows it. */
public record SystemDetails(long id, long version, String name, @Nullable String description, long ownerId,
        Criticality criticality, BigDecimal availabilityTarget, List<OrganisationSummary> dependents) {
}
