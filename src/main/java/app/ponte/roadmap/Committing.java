package app.ponte.roadmap;

import static app.ponte.roadmap.RoadmapCalendar.day;

import app.ponte.audit.AdministrativeChange;
import app.ponte.base.Reason;
import app.ponte.base.RejectedInputException;
import app.ponte.planning.Backlog;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Committing a milestone's date at a moment: the team's services pass the clock's now, the promise history a
 * past moment; the rules are the same. Dates are realistic by construction: a date outside what the schedule
 * of the milestone's requests supports, or any change, needs a reason; the organisations are promised it.
 */
@Component
class Committing {

    private final MilestoneRepository milestones;
    private final Backlog backlog;
    private final Promising promising;
    private final ApplicationEventPublisher events;

    Committing(MilestoneRepository milestones, Backlog backlog, Promising promising, ApplicationEventPublisher events) {
        this.events = events;
        this.milestones = milestones;
        this.backlog = backlog;
        this.promising = promising;
    }

    /** What the team weighs before committing: the dates the schedule proposes, the effort, the requests. */
    MilestonePlan plan(Milestone milestone) {
        return MilestonePlan.of(milestone.overview(), backlog.plannedWork(milestone.requestIds()));
    }

    /**
     * The milestone's date committed at {@code at}: not before that day, not after the initiative's end, with a
     * reason when it lies outside the proposal or changes a date already committed; unchanged dates change
     * nothing.
     */
    void commit(Milestone milestone, @Nullable LocalDate date, @Nullable String reason, Instant at) {
        milestone.requireOpen("date");
        if (date == null) {
            throw new RejectedInputException("date", "roadmap.error.date-required");
        }
        if (date.isBefore(day(at))) {
            throw new RejectedInputException("date", "roadmap.error.date-past");
        }
        LocalDate ends = milestone.getInitiative().getEndsOn();
        if (date.isAfter(ends)) {
            throw new RejectedInputException("date", "roadmap.error.after-initiative-end",
                    RoadmapCalendar.messageArgument(ends));
        }
        Reason why = Reason.optional(reason);
        LocalDate before = milestone.getCommittedOn();
        DateProposal proposal = plan(milestone).proposal();
        boolean outside = proposal != null && !proposal.covers(date);
        if (why.isEmpty() && (outside || before != null)) {
            throw new RejectedInputException("reason", before != null ? "roadmap.error.change-reason"
                    : "roadmap.error.override-reason");
        }
        if (Objects.equals(before, date)) {
            return;
        }
        milestone.commit(date, why, at);
        milestone.getInitiative().follow(milestones.findByInitiativeId(milestone.getInitiative().getId()), at);
        milestones.flush();
        promising.promise(milestone, date, why, at);
        events.publishEvent(new AdministrativeChange("milestone.commit", "Milestone", milestone.getId(), null,
                before == null ? null : before.toString(), why.isEmpty() ? date.toString() : date + ": " + why.text()));
    }
}
