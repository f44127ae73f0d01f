package app.ponte.roadmap;

import app.ponte.security.TeamOnly;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A milestone's date: Ponte proposes the likely and latest dates from the schedule of the milestone's
 * requests, and committing a date outside them needs a reason. A committed date is a promise to every
 * organisation whose request the milestone delivers; each change is kept with its reason, and they are told.
 */
@Service
@Transactional(readOnly = true)
public class MilestoneDates {

    private final RoadmapItems items;
    private final Committing committing;
    private final Clock clock;

    MilestoneDates(RoadmapItems items, Committing committing, Clock clock) {
        this.items = items;
        this.committing = committing;
        this.clock = clock;
    }

    /**
     * The dates Ponte proposes from the schedule: the latest likely finish and the latest pessimistic
     * finish among the milestone's requests. Empty when none of them is scheduled yet.
     */
    @TeamOnly
    public Optional<DateProposal> proposal(long milestoneId) {
        return Optional.ofNullable(plan(milestoneId).proposal());
    }

    /** The proposal, the effort range of the linked assessments and the linked requests, for committing a date. */
    @TeamOnly
    public MilestonePlan plan(long milestoneId) {
        return committing.plan(items.milestone(milestoneId));
    }

    /**
     * Commits a date for the milestone: a promise to each organisation whose request it delivers, or a
     * change of it. A date outside the proposal, or any change, needs a reason; the organisations are
     * told in their language. {@code expectedVersion} is the milestone's version the team member saw.
     */
    @TeamOnly
    @Transactional
    public void commit(long milestoneId, @Nullable LocalDate date, @Nullable String reason, long expectedVersion) {
        committing.commit(items.milestone(milestoneId, expectedVersion), date, reason, clock.instant());
    }
}
