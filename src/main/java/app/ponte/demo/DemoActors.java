package app.ponte.demo;

import app.ponte.catalogue.SystemCatalogue;
import app.ponte.catalogue.SystemSummary;
import app.ponte.request.AssessmentDecision;
import app.ponte.request.AssessmentDraft;
import app.ponte.request.Assessments;
import app.ponte.request.RequestReading;
import app.ponte.request.RequestStatus;
import app.ponte.request.RequestWorkflow;
import app.ponte.request.Risk;
import app.ponte.security.PonteUser;
import app.ponte.security.SystemAuthentication;
import java.math.BigDecimal;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** How the demo loaders act: as the demo people themselves, through the secured services. */
@Component
@ConditionalOnProperty(name = "ponte.demo.enabled", havingValue = "true")
class DemoActors {

    private final UserDetailsService users;
    private final SystemCatalogue catalogue;
    private final RequestReading reading;
    private final Assessments assessments;
    private final RequestWorkflow workflow;

    DemoActors(UserDetailsService users, SystemCatalogue catalogue, RequestReading reading, Assessments assessments, RequestWorkflow workflow) {
        this.users = users;
        this.catalogue = catalogue;
        this.reading = reading;
        this.assessments = assessments;
        this.workflow = workflow;
    }

    <T> T as(String email, Supplier<T> work) {
        return SystemAuthentication.runAs((PonteUser) users.loadUserByUsername(email), work);
    }

    /** Catalogue systems by name, as the signed-in person sees them (those their organisation depends on). */
    Set<Long> systems(String... names) {
        Set<String> wanted = Set.of(names);
        return catalogue.list("", PageRequest.of(0, 100)).getContent().stream()
                .filter(system -> wanted.contains(system.name())).map(SystemSummary::id).collect(Collectors.toSet());
    }

    /**
     * The team triages a change, assesses it (effort in days: optimistic, likely, pessimistic; no personal
     * data) and accepts it into the plan.
     */
    void accept(long requestId, String system, String optimistic, String likely, String pessimistic,
            String reasoning) {
        workflow.move(requestId, RequestStatus.TRIAGED, null, version(requestId));
        assessments.assess(requestId, new AssessmentDraft("Feasible with the current design.", new BigDecimal(optimistic),
                new BigDecimal(likely), new BigDecimal(pessimistic), system, "No personal data involved.", false, null,
                null, null, Risk.LOW, AssessmentDecision.ACCEPT, null, reasoning, null), null);
        workflow.move(requestId, RequestStatus.PLANNED, null, version(requestId));
    }

    long version(long requestId) {
        return reading.details(requestId).version();
    }
}
