package app.ponte.sla;

import app.ponte.organisation.OrganisationKind;
import org.jspecify.annotations.Nullable;

/** A department or client and the plan it is on (none: its requests run no SLA clock). */
public record OrganisationPlan(long organisationId, String name, OrganisationKind kind, @Nullable Long planId,
        @Nullable String planName) {
}
