package app.ponte.roadmap;

import app.ponte.security.OrganisationScope;
import org.springframework.stereotype.Component;

/** An initiative or a milestone by id, or "not found" (audited) when there is none. */
@Component
class RoadmapItems {

    private final InitiativeRepository initiatives;
    private final MilestoneRepository milestones;
    private final OrganisationScope scope;

    RoadmapItems(InitiativeRepository initiatives, MilestoneRepository milestones, OrganisationScope scope) {
        this.initiatives = initiatives;
        this.milestones = milestones;
        this.scope = scope;
    }

    Initiative initiative(long id) {
        return initiatives.findById(id).orElseThrow(() -> scope.notFound("roadmap.initiative", "Initiative", id));
    }

    Milestone milestone(long id) {
        return milestones.findById(id).orElseThrow(() -> scope.notFound("roadmap.milestone", "Milestone", id));
    }

    /** The milestone as the team member saw it: refused as changed meanwhile when its version moved on. */
    Milestone milestone(long id, long expectedVersion) {
        Milestone milestone = milestone(id);
        milestone.requireVersion(expectedVersion);
        return milestone;
    }
}
