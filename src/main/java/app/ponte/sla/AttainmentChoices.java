package app.ponte.sla;

import app.ponte.organisation.OrganisationSummary;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Whose attainment the caller may read: the team picks among the organisations that run clocks or are on a plan
 * ({@code preselected}: the first, by name, with clocks); anybody else reads its active organisation and picks none.
 */
public record AttainmentChoices(boolean picksOrganisation, List<OrganisationSummary> organisations,
        @Nullable OrganisationSummary preselected) {
}
