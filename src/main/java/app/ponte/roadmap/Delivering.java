package app.ponte.roadmap;

import static app.ponte.roadmap.RoadmapCalendar.day;

import app.ponte.base.RejectedInputException;
import app.ponte.request.RequestDetails;
import app.ponte.request.RequestReading;
import app.ponte.request.RequestStatus;
import app.ponte.request.RequestWorkflow;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Delivering a milestone, recorded at a moment: the team's services pass the clock's now, the promise history
 * a past moment; the rules are the same. Its promises are kept (on time or late), its requests are delivered,
 * which tells their requesters and supporters, and a changelog entry is published to whoever reads the
 * milestone.
 */
@Component
class Delivering {

    private final MilestoneRepository milestones;
    private final ChangelogRepository changelog;
    private final Promising promising;
    private final RequestReading reading;
    private final RequestWorkflow workflow;

    Delivering(MilestoneRepository milestones, ChangelogRepository changelog, Promising promising,
            RequestReading reading, RequestWorkflow workflow) {
        this.milestones = milestones;
        this.changelog = changelog;
        this.promising = promising;
        this.reading = reading;
        this.workflow = workflow;
    }

    /** The milestone delivered on a day no later than the day of {@code at}. */
    void deliver(Milestone milestone, @Nullable LocalDate deliveredOn, Instant at) {
        if (deliveredOn == null) {
            throw new RejectedInputException("deliveredOn", "roadmap.error.delivered-on-required");
        }
        if (deliveredOn.isAfter(day(at))) {
            throw new RejectedInputException("deliveredOn", "roadmap.error.delivery-in-future");
        }
        milestone.requireOpen("deliveredOn");
        milestone.deliver(deliveredOn, at);
        milestone.getInitiative().follow(milestones.findByInitiativeId(milestone.getInitiative().getId()), at);
        changelog.save(new ChangelogEntry(milestone, deliveredOn, at));
        promising.kept(milestone, deliveredOn);
        for (LinkedRequest linked : milestone.getRequests()) {
            RequestDetails request = reading.details(linked.requestId());
            if (request.status() == RequestStatus.PLANNED) {
                workflow.move(request.id(), RequestStatus.IN_PROGRESS, null, request.version());
                request = reading.details(linked.requestId());
            }
            if (request.status() == RequestStatus.IN_PROGRESS) {
                workflow.move(request.id(), RequestStatus.DELIVERED, milestone.getTitle(), request.version());
            }
        }
        milestones.flush();
    }
}
