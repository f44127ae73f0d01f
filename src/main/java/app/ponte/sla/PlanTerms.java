package app.ponte.sla;

import app.ponte.request.Priority;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The targets that apply to a request: the plan of its organisation, at its priority, with the calendars they
 * are counted on. The clocks ask it whenever a request starts or its priority or plan changes.
 */
@Component
class PlanTerms {

    /** One priority's two targets of one plan, each with the calendar it is counted on. */
    record Terms(long planId, String planName, boolean onCallCover, Duration firstResponse,
            WorkingTime firstResponseTime, Duration resolution, WorkingTime resolutionTime) {
    }

    private final PlanAssignmentRepository assignments;
    private final SlaPlanRepository plans;
    private final BusinessCalendarRepository calendars;

    PlanTerms(PlanAssignmentRepository assignments, SlaPlanRepository plans, BusinessCalendarRepository calendars) {
        this.assignments = assignments;
        this.plans = plans;
        this.calendars = calendars;
    }

    /** The plan an organisation is on, if any. */
    @Transactional(readOnly = true)
    Optional<SlaPlan> planOf(long organisationId) {
        return assignments.findByOrganisationId(organisationId).flatMap(a -> plans.findById(a.getPlanId()));
    }

    /** The terms for a request of this organisation at this priority; empty without a plan or a target. */
    @Transactional(readOnly = true)
    Optional<Terms> termsFor(long organisationId, Priority priority) {
        return planOf(organisationId).flatMap(plan -> plan.targetFor(priority).map(target -> new Terms(
                plan.getId(), plan.getName(), plan.hasOnCallCover(),
                target.firstResponse(), workingTime(target.firstResponseCalendarId()),
                target.resolution(), workingTime(target.resolutionCalendarId()))));
    }

    private WorkingTime workingTime(long calendarId) {
        return calendars.findById(calendarId).orElseThrow().workingTime();
    }
}
