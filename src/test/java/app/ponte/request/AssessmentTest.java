package app.ponte.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.ponte.H2Test;
import app.ponte.SignedIn;
import app.ponte.SignedInServiceTest;
import app.ponte.base.ConcurrentEditException;
import app.ponte.base.RejectedInputException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Assessment before acceptance: what it must contain, who reads what, and that it gates planning. */
@H2Test
class AssessmentTest extends SignedInServiceTest {

    @Autowired
    RequestIntake intake;
    @Autowired
    Assessments assessments;
    @Autowired
    RequestReading reading;
    @Autowired
    RequestWorkflow workflow;

    @Test
    void a_change_is_planned_only_after_an_accepting_assessment_and_the_requester_reads_its_plain_words_only() {
        long id = change("Faster order export", false);
        triage(id);
        assertThat(refusal(() -> workflow.move(id, RequestStatus.PLANNED, null, version(id))).messageKey())
                .isEqualTo("assessment.error.needed-before-planning");

        SignedIn.run(users, "lead@ponte.test", () -> assessments.assess(id, assessment(AssessmentDecision.ACCEPT_WITH_CONDITIONS,
                false, "Only for orders of the last 12 months"), null));
        SignedIn.run(users, "lead@ponte.test", () -> workflow.move(id, RequestStatus.PLANNED, null, version(id)));

        AssessmentOutcome forRequester = as("leo@aurora.test", () -> assessments.assessment(id)).orElseThrow();
        assertThat(forRequester.decision()).isEqualTo(AssessmentDecision.ACCEPT_WITH_CONDITIONS);
        assertThat(forRequester.conditions()).isEqualTo("Only for orders of the last 12 months");
        assertThat(forRequester.reasoning()).isEqualTo("It fits in the next release.");
        assertThat(forRequester.full()).isNull();
        assertThat(as("lead@ponte.test", () -> assessments.assessment(id)).orElseThrow().full().internalNotes())
                .isEqualTo("Reuse the CSV writer.");
    }

    @Test
    void personal_data_cannot_be_accepted_without_the_data_protection_part() {
        long id = change("Sync staff records", true);

        assertThat(refusedField(() -> assessments.assess(id, assessment(AssessmentDecision.ACCEPT, false, null), null)))
                .isEqualTo("personalData");
        assertThat(refusedField(() -> assessments.assess(id, assessment(AssessmentDecision.ACCEPT, true, null), null)))
                .isEqualTo("legalBasis");
        var complete = withGdpr(assessment(AssessmentDecision.ACCEPT, true, null));
        assertThat(as("lead@ponte.test", () -> assessments.assess(id, complete, null)).decision())
                .isEqualTo(AssessmentDecision.ACCEPT);
        assertThat(as("lead@ponte.test", () -> assessments.assess(id,
                assessment(AssessmentDecision.DECLINE, true, null), assessments.assessmentVersion(id))).decision())
                .isEqualTo(AssessmentDecision.DECLINE);
    }

    @Test
    void effort_ranges_out_of_order_and_stale_or_foreign_assessments_are_refused() {
        long id = change("Bulk refunds", false);
        var outOfOrder = new AssessmentDraft("Feasible", new BigDecimal("5"), new BigDecimal("3"), new BigDecimal("8"),
                null, "None", false, null, null, null, Risk.LOW, AssessmentDecision.ACCEPT, null, "Fine", null);
        assertThat(refusedField(() -> assessments.assess(id, outOfOrder, null))).isEqualTo("effortLikely");

        SignedIn.run(users, "lead@ponte.test", () -> assessments.assess(id, assessment(AssessmentDecision.ACCEPT, false,
                null), null));
        assertThat(catchThrowable(() -> SignedIn.run(users, "admin@ponte.test", () -> assessments.assess(id,
                assessment(AssessmentDecision.DECLINE, false, null), null)))).isInstanceOf(ConcurrentEditException.class);
        assertThat(catchThrowable(() -> SignedIn.run(users, "leo@aurora.test", () -> assessments.assess(id,
                assessment(AssessmentDecision.ACCEPT, false, null), null)))).isInstanceOf(AccessDeniedException.class);
    }

    private long change(String title, boolean personalData) {
        var draft = RequestDraft.integration(title, "Needed", ProductAnswers.of("Operations", "Daily", "Hours saved"),
                new IntegrationAnswers("Orders API, ERP", "Orders", personalData));
        return as("leo@aurora.test", () -> intake.file(draft));
    }

    private static AssessmentDraft assessment(AssessmentDecision decision, boolean personalData, String conditions) {
        return new AssessmentDraft("Feasible with the current API", new BigDecimal("3"), new BigDecimal("5"),
                new BigDecimal("9.5"), "ERP sandbox", "Read-only access, tokens rotated", personalData, null, null, null,
                Risk.MEDIUM, decision, conditions, "It fits in the next release.", "Reuse the CSV writer.");
    }

    private static AssessmentDraft withGdpr(AssessmentDraft d) {
        return new AssessmentDraft(d.feasibility(), d.effortOptimistic(), d.effortLikely(), d.effortPessimistic(),
                d.dependencies(), d.securityImpact(), true, LegalBasis.CONTRACT, "Names, roles, start dates", true,
                d.risk(), d.decision(), d.conditions(), d.reasoning(), d.internalNotes());
    }

    private void triage(long id) {
        SignedIn.run(users, "lead@ponte.test", () -> workflow.move(id, RequestStatus.TRIAGED, null, version(id)));
    }

    private String refusedField(Runnable teamAction) {
        return refusal(teamAction).field();
    }

    private RejectedInputException refusal(Runnable teamAction) {
        Throwable refusal = catchThrowable(() -> SignedIn.run(users, "lead@ponte.test", teamAction));
        assertThat(refusal).isInstanceOf(RejectedInputException.class);
        return (RejectedInputException) refusal;
    }

    private long version(long id) {
        return as("lead@ponte.test", () -> reading.details(id)).version();
    }
}
