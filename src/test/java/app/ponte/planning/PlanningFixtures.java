package app.ponte.planning;

import app.ponte.SignedIn;
import app.ponte.catalogue.FreezeWindowDraft;
import app.ponte.catalogue.FreezeWindows;
import app.ponte.catalogue.SystemCatalogue;
import app.ponte.organisation.DemoFixtures;
import app.ponte.request.AssessmentDecision;
import app.ponte.request.AssessmentDraft;
import app.ponte.request.Assessments;
import app.ponte.request.FaultAnswers;
import app.ponte.request.ProductAnswers;
import app.ponte.request.RequestDraft;
import app.ponte.request.RequestIntake;
import app.ponte.request.RequestKind;
import app.ponte.request.RequestReading;
import app.ponte.request.RequestStatus;
import app.ponte.request.RequestWorkflow;
import app.ponte.request.Risk;
import app.ponte.request.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Profile;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Requests, windows and accepted work for planning tests, filed through the real services. */
@Component
@Profile({"test", "mariadb-test"})
public class PlanningFixtures {

    public static final String LEAD = "lead@ponte.test";

    private final UserDetailsService users;
    private final RequestIntake intake;
    private final RequestReading reading;
    private final Assessments assessments;
    private final RequestWorkflow workflow;
    private final SystemCatalogue catalogue;
    private final FreezeWindows windows;
    private final DemoFixtures demo;

    PlanningFixtures(UserDetailsService users, RequestIntake intake, RequestReading reading, Assessments assessments, RequestWorkflow workflow,
            SystemCatalogue catalogue, FreezeWindows windows, DemoFixtures demo) {
        this.users = users;
        this.intake = intake;
        this.reading = reading;
        this.assessments = assessments;
        this.workflow = workflow;
        this.catalogue = catalogue;
        this.windows = windows;
        this.demo = demo;
    }

    /**
     * Today in real time, for the roadmap tests that still call it; planning's and the catalogue's own tests
     * read the injected {@code TestClock}, which follows when a test moves time.
     */
    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    public long organisationId(String name) {
        return demo.organisationId(name);
    }

    public long system(String name) {
        return SignedIn.as(users, LEAD, () -> catalogue.list(name, PageRequest.of(0, 1)).getContent().getFirst().id());
    }

    public long change(String email, String title, LocalDate desired, String... systems) {
        Set<Long> ids = Arrays.stream(systems).map(this::system).collect(Collectors.toSet());
        var draft = RequestDraft.change(title, "Needed for the campaign",
                ProductAnswers.of("Everyone", "Daily", "Hours saved").wantedBy(desired, "Launch"))
                .onSystem("Reporting").touching(ids);
        return SignedIn.as(users, email, () -> intake.file(draft));
    }

    public long bug(String email, String title, Severity severity, String... systems) {
        Set<Long> ids = Arrays.stream(systems).map(this::system).collect(Collectors.toSet());
        var draft = RequestDraft.bug(title, "It breaks", new FaultAnswers(severity, "Open it", "Today"))
                .onSystem("Invoicing").touching(ids);
        return SignedIn.as(users, email, () -> intake.file(draft));
    }

    /** Assessed with a likely effort, accepted and planned: it takes capacity. */
    public void plan(long requestId, String likelyDays) {
        SignedIn.run(users, LEAD, () -> {
            workflow.move(requestId, RequestStatus.TRIAGED, null, reading.details(requestId).version());
            if (reading.details(requestId).kind() == RequestKind.CHANGE) {
                BigDecimal likely = new BigDecimal(likelyDays);
                assessments.assess(requestId, new AssessmentDraft("Feasible", likely, likely, likely.add(BigDecimal.ONE),
                        null, "None", false, null, null, null, Risk.LOW, AssessmentDecision.ACCEPT, null,
                        "It fits.", null), null);
            }
            workflow.move(requestId, RequestStatus.PLANNED, null, reading.details(requestId).version());
        });
    }

    public void freeze(String organisation, String system, LocalDate from, LocalDate to, String reason) {
        SignedIn.run(users, LEAD, () -> windows.declare(new FreezeWindowDraft(system(system),
                demo.organisationId(organisation), from, to, reason)));
    }
}
