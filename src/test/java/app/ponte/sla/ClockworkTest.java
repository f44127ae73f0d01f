package app.ponte.sla;

import static app.ponte.sla.ClockworkClient.CLIENT;
import static app.ponte.sla.ClockworkClient.TEAM;

import app.ponte.SignedInServiceTest;
import app.ponte.TestClock;
import app.ponte.oncall.EscalationPolicies;
import app.ponte.organisation.Members;
import app.ponte.organisation.Organisations;
import app.ponte.request.Conversation;
import app.ponte.request.RequestDraft;
import app.ponte.request.RequestIntake;
import app.ponte.request.RequestKind;
import app.ponte.request.RequestReading;
import app.ponte.request.RequestWorkflow;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the clock engine's tests share: the Clockwork client on its plans ({@link ClockworkClient}), the request
 * services that move a clock, and filing a question as the client. Subclasses carry {@code @H2Test} themselves.
 */
abstract class ClockworkTest extends SignedInServiceTest {

    @Autowired
    RequestIntake intake;
    @Autowired
    RequestWorkflow workflow;
    @Autowired
    RequestReading reading;
    @Autowired
    Conversation conversations;
    @Autowired
    TestClock clock;
    @Autowired
    SupportClockRepository clocks;
    @Autowired
    Organisations organisations;
    @Autowired
    Members members;
    @Autowired
    EscalationPolicies policies;
    @Autowired
    BusinessCalendarRepository calendars;
    @Autowired
    SlaPlanRepository plans;
    @Autowired
    PlanAssignmentRepository assignments;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    ClockworkClient fixtures;

    @BeforeEach
    void world() {
        fixtures = new ClockworkClient(users, organisations, members, policies, calendars, plans, assignments, events,
                transactions).ready();
    }

    long question(String title) {
        return as(CLIENT, () -> intake.file(RequestDraft.simple(RequestKind.QUESTION, title, "Please tell us.")));
    }

    SupportClock clockOf(long requestId) {
        return clocks.findByRequestId(requestId).orElseThrow();
    }

    long version(long requestId) {
        return reading.details(requestId).version();
    }

    void byTeam(Runnable work) {
        as(TEAM, () -> {
            work.run();
            return null;
        });
    }
}
