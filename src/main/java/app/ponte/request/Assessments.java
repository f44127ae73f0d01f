package app.ponte.request;

import app.ponte.base.ConcurrentEditException;
import app.ponte.base.RejectedInputException;
import app.ponte.base.Versioned;
import app.ponte.security.AnyoneSignedIn;
import app.ponte.security.TeamOnly;
import java.time.Clock;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team's technical, security and data-protection review of a change, integration or idea before it is
 * accepted. The requester reads the decision and its reasoning; the team reads all of it.
 */
@Service
@Transactional(readOnly = true)
public class Assessments {

    private final AssessmentRepository assessments;
    private final RequestAccess access;
    private final Parties parties;
    private final PlanningFactsPublisher planning;
    private final Clock clock;

    Assessments(AssessmentRepository assessments, RequestAccess access, Parties parties,
            PlanningFactsPublisher planning, Clock clock) {
        this.assessments = assessments;
        this.access = access;
        this.parties = parties;
        this.planning = planning;
        this.clock = clock;
    }

    /**
     * Records (or replaces) the team's assessment of a change, integration or idea. A request that involves
     * personal data cannot be accepted without the data-protection part. {@code expectedVersion} is the
     * version of the assessment the team member saw, null when there was none.
     */
    @TeamOnly
    @Transactional
    public AssessmentOutcome assess(long requestId, AssessmentDraft draft, @Nullable Long expectedVersion) {
        Request request = access.open("request.assess", requestId);
        if (!request.getKind().asksDiscovery()) {
            throw new RejectedInputException("decision", "assessment.error.kind");
        }
        Optional<Assessment> existing = assessments.findByRequestId(requestId);
        Versioned.requireVersion(existing, expectedVersion);
        Assessment assessment = existing.orElseGet(() -> new Assessment(request));
        draft.check(Boolean.TRUE.equals(request.getPersonalData()));
        assessment.record(draft, parties.account(access.callerAccountId()), clock.instant());
        try {
            AssessmentOutcome outcome = assessments.saveAndFlush(assessment).outcome(true);
            planning.changed(request);
            return outcome;
        } catch (DataIntegrityViolationException e) {
            // Two first assessments of the same request at once: the second one is told, as for any edit.
            throw new ConcurrentEditException();
        }
    }

    /**
     * The team's assessment, if there is one: the requester reads the decision, conditions, effort range and
     * reasoning; the team reads all of it.
     */
    @AnyoneSignedIn
    public Optional<AssessmentOutcome> assessment(long requestId) {
        access.open("request.read", requestId);
        boolean team = access.callerIsTeam();
        return assessments.findByRequestId(requestId).map(a -> a.outcome(team));
    }

    /** The version of the assessment the team is editing (null: none yet), for the concurrent-edit check. */
    @TeamOnly
    public @Nullable Long assessmentVersion(long requestId) {
        access.open("request.read", requestId);
        return assessments.findByRequestId(requestId).map(Assessment::getVersion).orElse(null);
    }
}
