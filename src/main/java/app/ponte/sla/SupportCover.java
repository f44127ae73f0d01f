package app.ponte.sla;

import app.ponte.request.Priority;
import app.ponte.security.InternalToServices;
import java.util.Optional;
import java.util.OptionalInt;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other features need to know of an organisation's plan: whether it includes the 24/7 on-call cover. */
@Service
public class SupportCover {

    private final PlanTerms terms;

    SupportCover(PlanTerms terms) {
        this.terms = terms;
    }

    /** Whether the organisation's plan includes 24/7 on-call cover (critical incidents page the person on call). */
    @InternalToServices
    @Transactional(readOnly = true)
    public boolean aroundTheClock(long organisationId) {
        return terms.planOf(organisationId).map(SlaPlan::hasOnCallCover).orElse(false);
    }

    /**
     * The organisation's working hours, when its plan counts them on a business calendar: the calendar of its
     * plan's NORMAL resolution target (else of its first target). Empty without a plan. Meetings propose review
     * hours within it.
     */
    @InternalToServices
    @Transactional(readOnly = true)
    public Optional<WorkingTime> workingHours(long organisationId) {
        return terms.termsFor(organisationId, Priority.NORMAL).map(PlanTerms.Terms::resolutionTime)
                .or(() -> java.util.Arrays.stream(Priority.values())
                        .flatMap(priority -> terms.termsFor(organisationId, priority).stream())
                        .map(PlanTerms.Terms::resolutionTime).findFirst());
    }

    /**
     * What a client with 24/7 cover is told to expect of the person on call: the plan's first-response target for
     * an URGENT request, in minutes; empty without cover or without such a target.
     */
    @InternalToServices
    @Transactional(readOnly = true)
    public OptionalInt urgentFirstResponseMinutes(long organisationId) {
        return terms.planOf(organisationId).filter(SlaPlan::hasOnCallCover)
                .flatMap(plan -> plan.targetFor(Priority.URGENT))
                .map(target -> OptionalInt.of(target.firstResponseMinutes())).orElse(OptionalInt.empty());
    }
}
