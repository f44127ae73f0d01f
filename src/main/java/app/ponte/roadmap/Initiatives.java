package app.ponte.roadmap;

import app.ponte.base.Reason;
import app.ponte.security.TeamOnly;
import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The team's initiatives and their milestones as typed: created, edited, cancelled with a reason. */
@Service
@Transactional
public class Initiatives {

    private final InitiativeRepository initiatives;
    private final MilestoneRepository milestones;
    private final RoadmapItems items;
    private final Promising promising;
    private final Clock clock;

    Initiatives(InitiativeRepository initiatives, MilestoneRepository milestones, RoadmapItems items,
            Promising promising, Clock clock) {
        this.initiatives = initiatives;
        this.milestones = milestones;
        this.items = items;
        this.promising = promising;
        this.clock = clock;
    }

    @TeamOnly
    public long createInitiative(InitiativeDraft draft) {
        return initiatives.saveAndFlush(new Initiative(draft, clock.instant())).getId();
    }

    /** Changes what the team typed for an initiative; it cannot end before a date already committed. */
    @TeamOnly
    public void editInitiative(long initiativeId, InitiativeDraft draft, long expectedVersion) {
        Initiative initiative = items.initiative(initiativeId);
        initiative.requireVersion(expectedVersion);
        initiative.edit(draft, milestones.findByInitiativeId(initiativeId), clock.instant());
        initiatives.flush();
    }

    /**
     * Cancels an initiative: its milestones not yet delivered are cancelled, and the organisations they were
     * promised to are told why; those promises count as broken.
     */
    @TeamOnly
    public void cancelInitiative(long initiativeId, @Nullable String reason, long expectedVersion) {
        Initiative initiative = items.initiative(initiativeId);
        initiative.requireVersion(expectedVersion);
        Reason why = Reason.required(reason, "roadmap.error.cancel-reason");
        Instant now = clock.instant();
        initiative.cancel(now);
        for (Milestone milestone : milestones.findByInitiativeId(initiativeId)) {
            if (milestone.getStatus() != DeliveryStatus.DELIVERED) {
                milestone.cancel(now);
                promising.cancelled(milestone, why);
            }
        }
        initiatives.flush();
    }

    @TeamOnly
    public long addMilestone(long initiativeId, MilestoneDraft draft) {
        Initiative initiative = items.initiative(initiativeId);
        return milestones.saveAndFlush(new Milestone(initiative, draft, clock.instant())).getId();
    }

    /** Changes a milestone's name or what it delivers. */
    @TeamOnly
    public void editMilestone(long milestoneId, MilestoneDraft draft, long expectedVersion) {
        items.milestone(milestoneId, expectedVersion).edit(draft, clock.instant());
        milestones.flush();
    }
}
