package app.ponte.sla;

import static app.ponte.sla.ClockworkClient.CLIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.ponte.H2Test;
import app.ponte.RoleMatrix;
import app.ponte.SignedInServiceTest;
import app.ponte.oncall.EscalationPolicies;
import app.ponte.organisation.Members;
import app.ponte.organisation.Organisations;
import app.ponte.request.RequestDraft;
import app.ponte.request.RequestIntake;
import app.ponte.request.RequestKind;
import app.ponte.request.SlaTarget;
import app.ponte.security.AccessRefused;
import app.ponte.security.NotFoundInScopeException;
import app.ponte.security.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/** Who reads a clock: the service refuses on its own (the leads are the escalation policy's, see OnCallEditingTest). */
@H2Test
@RecordApplicationEvents
class SlaClocksSecurityTest extends SignedInServiceTest {

    @Autowired
    SlaClockReports reports;
    @Autowired
    EscalationPolicies policies;
    @Autowired
    RequestIntake intake;
    @Autowired
    Organisations organisations;
    @Autowired
    Members members;
    @Autowired
    BusinessCalendarRepository calendars;
    @Autowired
    SlaPlanRepository plans;
    @Autowired
    PlanAssignmentRepository assignments;
    @Autowired
    SupportClockRepository clocks;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ApplicationEvents events;

    ClockworkClient fixtures;

    @BeforeEach
    void world() {
        fixtures = new ClockworkClient(users, organisations, members, policies, calendars, plans, assignments, publisher,
                transactions).ready();
    }

    @TestFactory
    Stream<DynamicTest> each_role_is_let_through_exactly_the_clock_methods_meant_for_it() {
        long id = bankQuestion("Which ciphers?");
        return RoleMatrix.pastTheCheck()
                .call("forRequest", RoleMatrix.EVERYONE, () -> reports.forRequest(id))
                .tests(users);
    }

    @Test
    void another_organisations_request_is_not_found_for_its_clock_and_the_attempt_is_recorded() {
        long id = bankQuestion("Where are backups kept?");
        long version = clocks.findByRequestId(id).orElseThrow().getVersion();

        Throwable refused = catchThrowable(() -> as("leo@aurora.test", () -> reports.forRequest(id)));

        assertThat(refused).isInstanceOf(NotFoundInScopeException.class);
        assertThat(events.stream(AccessRefused.class)).anySatisfy(event -> assertThat(event.targetId()).isEqualTo(id));
        assertThat(clocks.findByRequestId(id).orElseThrow().getVersion()).as("nothing changed").isEqualTo(version);
    }

    @Test
    void the_requesters_organisation_reads_its_clock_without_the_history_and_the_team_with_it() {
        long id = bankQuestion("Is 2FA enforced for admins?");

        ClockReport client = as(CLIENT, () -> reports.forRequest(id)).orElseThrow();
        ClockReport team = as("lead@ponte.test", () -> reports.forRequest(id)).orElseThrow();

        assertThat(client.planName()).isEqualTo("Clocks test plan");
        assertThat(client.targets()).extracting(ClockReport.TargetLine::target)
                .containsExactly(SlaTarget.FIRST_RESPONSE, SlaTarget.RESOLUTION);
        ClockReport.TargetLine firstResponse = client.targets().getFirst();
        assertThat(firstResponse.allowed()).isEqualTo(java.time.Duration.ofHours(4));
        assertThat(firstResponse.metLate()).isFalse();
        assertThat(firstResponse.dueAt()).isNotNull();
        assertThat(client.history()).isEmpty();
        assertThat(team.history()).extracting(ClockReport.ClockEvent::causeKey).containsExactly("sla.cause.STARTED");
    }

    private long bankQuestion(String title) {
        return as(CLIENT, () -> intake.file(RequestDraft.simple(RequestKind.QUESTION, title, "Please tell us.")));
    }
}
