package app.ponte.roadmap;

import static app.ponte.roadmap.RoadmapCalendar.day;

import app.ponte.base.NotificationLine.Argument;
import app.ponte.base.Reason;
import app.ponte.base.RejectedInputException;
import app.ponte.notification.NotificationEvent;
import app.ponte.planning.Backlog;
import app.ponte.request.RequestDetails;
import app.ponte.request.RequestFollowers;
import app.ponte.request.RequestReading;
import app.ponte.request.RequestStatus;
import app.ponte.security.TeamOnly;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which accepted requests a milestone delivers: linked when they join it, taken out with a reason. The
 * organisations whose requests it delivers are those its date is promised to, and the initiative touches the
 * systems its requests touch (the roadmap's filter by system).
 */
@Service
@Transactional
public class MilestoneScope {

    private final MilestoneRepository milestones;
    private final RoadmapItems items;
    private final Promising promising;
    private final RequestReading reading;
    private final RequestFollowers followers;
    private final Backlog backlog;
    private final Clock clock;

    MilestoneScope(MilestoneRepository milestones, RoadmapItems items, Promising promising, RequestReading reading,
            RequestFollowers followers, Backlog backlog, Clock clock) {
        this.milestones = milestones;
        this.items = items;
        this.promising = promising;
        this.reading = reading;
        this.followers = followers;
        this.backlog = backlog;
        this.clock = clock;
    }

    /**
     * Links an accepted request (planned or in progress) to an open milestone that delivers it. When the
     * milestone already has a date, its organisation now reads that date on its roadmap: that is a promise
     * to it too, and its followers are told.
     */
    @TeamOnly
    public void link(long milestoneId, long requestId) {
        Milestone milestone = items.milestone(milestoneId);
        milestone.requireOpen("request");
        RequestDetails request = reading.details(requestId);
        if (request.status() != RequestStatus.PLANNED && request.status() != RequestStatus.IN_PROGRESS) {
            throw new RejectedInputException("request", "roadmap.error.request-not-accepted");
        }
        if (milestones.linksRequest(requestId)) {
            throw new RejectedInputException("request", "roadmap.error.request-linked");
        }
        Instant now = clock.instant();
        milestone.link(new LinkedRequest(requestId, request.organisationId()), now);
        backlog.plannedWork(List.of(requestId)).forEach(work -> milestone.getInitiative().touches(work.systemIds()));
        milestones.flush();
        if (milestone.getCommittedOn() != null) {
            promising.promiseAgain(milestone, request.organisationId(), milestone.getCommittedOn(), now);
        }
    }

    /**
     * Takes a request out of an open milestone (scope moved to another increment, or linked by mistake), with
     * a reason its followers are told. When it was the organisation's last request in the milestone, the date
     * told to them will not be kept: their promise is withdrawn, with the reason, and counts as broken. The
     * initiative keeps only the systems its remaining requests touch.
     */
    @TeamOnly
    public void unlink(long milestoneId, long requestId, @Nullable String reason, long expectedVersion) {
        Milestone milestone = items.milestone(milestoneId, expectedVersion);
        milestone.requireOpen("request");
        Reason why = Reason.required(reason, "roadmap.error.unlink-reason");
        Instant now = clock.instant();
        long organisationId = milestone.unlink(requestId, now)
                .orElseThrow(() -> new RejectedInputException("request", "roadmap.error.request-not-in-milestone"));
        followers.tell(requestId, NotificationEvent.REQUEST_UNLINKED,
                List.of(Argument.text(milestone.getTitle()), Argument.text(why.text())));
        Initiative initiative = milestone.getInitiative();
        milestones.flush();
        List<Long> stillLinked = milestones.findLinkedRequestIds(initiative.getId());
        initiative.touchesOnly(backlog.plannedWork(stillLinked).stream().flatMap(work -> work.systemIds().stream())
                .collect(Collectors.toSet()));
        if (!milestone.hasRequestOf(organisationId)) {
            promising.withdraw(milestone, organisationId, day(now), why);
        }
        milestones.flush();
    }
}
