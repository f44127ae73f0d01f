package app.ponte.planning;

import java.math.BigDecimal;

/** An organisation's weight as the settings list shows it. */
public record OrganisationWeightEntry(long organisationId, String organisationName, BigDecimal weight, String reason,
        long version) {
}
