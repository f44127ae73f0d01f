package app.ponte.request;

import static app.ponte.audit.TrailProbe.fromAddress;
import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.H2Test;
import app.ponte.SignedIn;
import app.ponte.SignedInServiceTest;
import app.ponte.TestClock;
import app.ponte.audit.AuditOutcome;
import app.ponte.audit.AuditRecord;
import app.ponte.audit.TrailProbe;
import app.ponte.organisation.DemoFixtures;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every status change of a request, the team's or the requester's, is in the audit trail. */
@H2Test
class StatusChangeAuditTest extends SignedInServiceTest {

    @Autowired
    RequestIntake intake;
    @Autowired
    RequestReading reading;
    @Autowired
    RequestWorkflow workflow;
    @Autowired
    DemoFixtures fixtures;
    @Autowired
    TrailProbe trail;
    @Autowired
    TestClock clock;

    @Test
    void the_teams_move_and_the_requesters_withdrawal_are_audited_with_both_statuses() {
        Instant since = clock.instant();
        long id = as("leo@aurora.test", () -> intake.file(RequestDraft.simple(RequestKind.QUESTION,
                "Audited question", "Where is my invoice?")));

        SignedIn.run(users, "lead@ponte.test", () -> fromAddress(() -> workflow.move(id, RequestStatus.TRIAGED, null,
                reading.details(id).version())));
        SignedIn.run(users, "leo@aurora.test", () -> fromAddress(() -> workflow.withdraw(id, "Found it",
                reading.details(id).version())));

        long aurora = fixtures.organisationId("Aurora Commerce");
        AuditRecord triaged = trail.newest(since, "lead@ponte.test", "request.status", id);
        assertThat(triaged.outcome()).isEqualTo(AuditOutcome.DONE);
        assertThat(triaged.targetType()).isEqualTo("Request");
        assertThat(triaged.organisationId()).isEqualTo(aurora);
        assertThat(triaged.before()).isEqualTo("NEW");
        assertThat(triaged.after()).isEqualTo("TRIAGED");
        assertThat(triaged.clientAddress()).isEqualTo(TrailProbe.ADDRESS);
        assertThat(triaged.activeOrganisationName()).isEqualTo("Backend Team");

        AuditRecord withdrawn = trail.newest(since, "leo@aurora.test", "request.status", id);
        assertThat(withdrawn.before()).isEqualTo("TRIAGED");
        assertThat(withdrawn.after()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.activeOrganisationId()).isEqualTo(aurora);
        assertThat(withdrawn.activeOrganisationName()).isEqualTo("Aurora Commerce");
    }
}
