package app.ponte.request;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes a request's {@link RequestPlanningFacts} after each change that planning cares about. */
@Component
class PlanningFactsPublisher {

    private final SupportRepository supports;
    private final AssessmentRepository assessments;
    private final ApplicationEventPublisher events;

    PlanningFactsPublisher(SupportRepository supports, AssessmentRepository assessments,
            ApplicationEventPublisher events) {
        this.supports = supports;
        this.assessments = assessments;
        this.events = events;
    }

    void changed(Request request) {
        var accepting = assessments.findByRequestId(request.getId()).filter(a -> a.getDecision().accepts());
        events.publishEvent(new RequestPlanningFacts(request.getId(), request.getOrganisation().getId(),
                request.getTitle(), request.getKind(), request.getStatus(), request.getSeverity(),
                request.getDesiredDate(),
                request.getSystemIds(),
                (int) supports.countByRequestId(request.getId()),
                accepting.map(Assessment::getEffortLikely).orElse(null),
                accepting.map(Assessment::getEffortPessimistic).orElse(null)));
    }
}
