package app.ponte.roadmap;

import app.ponte.security.AnyoneSignedIn;
import app.ponte.security.OrganisationScope;
import app.ponte.security.TeamOnly;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Milestones delivered, and the changelog their deliveries publish to the organisations concerned. */
@Service
@Transactional(readOnly = true)
public class Deliveries {

    private final RoadmapItems items;
    private final Delivering delivering;
    private final ChangelogRepository changelog;
    private final OrganisationScope scope;
    private final Clock clock;

    Deliveries(RoadmapItems items, Delivering delivering, ChangelogRepository changelog, OrganisationScope scope,
            Clock clock) {
        this.items = items;
        this.delivering = delivering;
        this.changelog = changelog;
        this.scope = scope;
        this.clock = clock;
    }

    /**
     * Marks the milestone delivered on a day (today or before): its promises are kept (on time or late),
     * its requests are delivered, which tells their requesters and supporters, and a changelog entry is
     * published to whoever reads the milestone: their organisations, and for a public milestone every
     * organisation that sees the initiative.
     */
    @TeamOnly
    @Transactional
    public void deliver(long milestoneId, @Nullable LocalDate deliveredOn, long expectedVersion) {
        delivering.deliver(items.milestone(milestoneId, expectedVersion), deliveredOn, clock.instant());
    }

    /**
     * An organisation's changelog, newest first, as that organisation reads it (the milestones delivering its
     * requests and the public ones of initiatives it sees): the team reads any, everybody else their own.
     */
    @AnyoneSignedIn
    public Slice<ChangelogLine> changelog(long organisationId, Pageable pageable) {
        return changelog.findFor(scope.require(organisationId, "roadmap.changelog"), pageable)
                .map(ChangelogEntry::toLine);
    }

    /** Every delivery's changelog entry, newest first: the team's changelog before it picks an organisation. */
    @TeamOnly
    public Slice<ChangelogLine> wholeChangelog(Pageable pageable) {
        return changelog.findWhole(pageable).map(ChangelogEntry::toLine);
    }
}
