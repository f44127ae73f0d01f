package app.ponte.sla;

import app.ponte.organisation.OrganisationSummary;
import java.util.List;

/** A plan with its targets (P1 to P4) and the organisations on it (by name). */
public record PlanSummary(long id, long version, String name, boolean onCallCover, List<PlanTarget> targets,
        List<OrganisationSummary> organisations) {

    public PlanSummary {
        targets = List.copyOf(targets);
        organisations = List.copyOf(organisations);
    }
}
