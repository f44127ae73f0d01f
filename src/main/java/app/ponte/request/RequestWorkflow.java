package app.ponte.request;

import app.ponte.audit.AdministrativeChange;
import app.ponte.base.Reason;
import app.ponte.base.RejectedInputException;
import app.ponte.base.TextRules;
import app.ponte.organisation.Account;
import app.ponte.security.AnyoneSignedIn;
import app.ponte.security.TeamOnly;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moving a request along. The team moves it between the statuses {@link RequestStatus#teamMoves()}
 * allows, assigns it and sets its priority; the requester can withdraw it while open and re-open it
 * within {@link Request#REOPEN_WINDOW} after delivery. Every move is kept in the history.
 * A save based on an outdated copy is refused, never merged silently.
 */
@Service
@Transactional
public class RequestWorkflow {

    /** The width of the history's note. */
    static final int NOTE_MAX = 2000;

    private final RequestRepository requests;
    private final StatusChangeRepository history;
    private final RequestAccess access;
    private final Parties parties;
    private final RequestNotifier notifier;
    private final RequestMerger merger;
    private final AssessmentRepository assessments;
    private final PlanningFactsPublisher planning;
    private final MomentPublisher moments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RequestWorkflow(RequestRepository requests, StatusChangeRepository history, RequestAccess access,
            Parties parties, RequestNotifier notifier, RequestMerger merger,
            AssessmentRepository assessments, PlanningFactsPublisher planning, MomentPublisher moments,
            ApplicationEventPublisher events, Clock clock) {
        this.moments = moments;
        this.events = events;
        this.planning = planning;
        this.assessments = assessments;
        this.notifier = notifier;
        this.merger = merger;
        this.requests = requests;
        this.history = history;
        this.access = access;
        this.parties = parties;
        this.clock = clock;
    }

    /** Moves a request to another status; declining needs a reason the requester will read. */
    @TeamOnly
    public long move(long requestId, RequestStatus to, @Nullable String note, long expectedVersion) {
        Request request = loaded("request.move", requestId, expectedVersion);
        if (to == RequestStatus.DUPLICATE) {
            throw new RejectedInputException("status", "request.error.duplicate-needs-original");
        }
        refuseUnlessAllowed(request, to);
        refuseToPlanUnassessed(request, to);
        Instant now = clock.instant();
        RequestStatus from = request.getStatus();
        String text;
        if (to == RequestStatus.DECLINED) {
            text = Reason.required("note", note, "request.error.decline-reason-required").text();
            request.decline(text, now);
        } else {
            text = checkedNote(note);
            request.moveTo(to, now);
        }
        save(request, from, text, now);
        return request.getVersion();
    }

    /**
     * Merges a duplicate into the original: the duplicate closes pointing to it, and everything that
     * followed the duplicate follows the original from now on: its watchers, the organisations supporting
     * it, and the duplicates that pointed to it. When the two come from different organisations, the
     * duplicate's organisation supports the original with the duplicate's description, so that its people
     * can follow it; the original is not shared with anybody else (that is {@link #share}, a decision of
     * its own). The duplicate's watchers are told where to look.
     */
    @TeamOnly
    public void markDuplicate(long requestId, long originalId, @Nullable String note, long expectedVersion) {
        Request duplicate = loaded("request.duplicate", requestId, expectedVersion);
        refuseUnlessAllowed(duplicate, RequestStatus.DUPLICATE);
        Request original = access.open("request.duplicate", originalId);
        if (original.getId() == requestId || original.getStatus() == RequestStatus.DUPLICATE) {
            throw new RejectedInputException("original", "request.error.original-invalid");
        }
        Instant now = clock.instant();
        RequestStatus from = duplicate.getStatus();
        duplicate.markDuplicateOf(original, now);
        // Told first: the audience is who followed the duplicate, before the merge moves them.
        notifier.merged(duplicate, original, access.callerAccountId());
        merger.merge(duplicate, original, now);
        record(duplicate, from, checkedNote(note), now);
        planning.changed(original);
    }

    /**
     * The team's one save on the request page: the triage when it changed, then the move or the merge, in one
     * transaction, so that a refused move leaves the triage as it was too.
     */
    @TeamOnly
    public void decide(long requestId, TeamDecision decision, long expectedVersion) {
        Request request = loaded("request.triage", requestId, expectedVersion);
        long version = expectedVersion;
        if (!Objects.equals(decision.assigneeId(), request.getAssignee() == null ? null
                : request.getAssignee().getId()) || decision.priority() != request.getPriority()) {
            version = triage(requestId, decision.assigneeId(), decision.priority(), version);
        }
        if (decision.originalId() != null) {
            markDuplicate(requestId, decision.originalId(), decision.note(), version);
        } else if (decision.moveTo() != null) {
            move(requestId, decision.moveTo(), decision.note(), version);
        }
    }

    /** Shares a request with every organisation (title and description only), or stops sharing it. */
    @TeamOnly
    public void share(long requestId, boolean shared, long expectedVersion) {
        Request request = loaded("request.share", requestId, expectedVersion);
        request.share(shared, clock.instant());
        requests.saveAndFlush(request);
    }

    /** Assigns a request to a team member (or nobody) and sets its priority (or none). */
    @TeamOnly
    public long triage(long requestId, @Nullable Long assigneeId, @Nullable Priority priority, long expectedVersion) {
        Request request = loaded("request.triage", requestId, expectedVersion);
        Account assignee = null;
        if (assigneeId != null) {
            if (!parties.isActiveTeamPerson(assigneeId)) {
                throw new RejectedInputException("assignee", "request.error.assignee-not-team");
            }
            assignee = parties.account(assigneeId);
        }
        Instant now = clock.instant();
        request.triage(assignee, priority, now);
        requests.saveAndFlush(request);
        moments.triaged(request, access.callerAccountId(), now);
        if (assigneeId != null) {
            notifier.watch(request, assigneeId);
        }
        return request.getVersion();
    }

    /** The requester takes their own open request back. */
    @AnyoneSignedIn
    public void withdraw(long requestId, @Nullable String note, long expectedVersion) {
        Request request = loaded("request.withdraw", requestId, expectedVersion);
        refuseUnlessRequester(request);
        if (!request.getStatus().isOpen()) {
            throw new RejectedInputException("status", "request.error.not-withdrawable");
        }
        Instant now = clock.instant();
        RequestStatus from = request.getStatus();
        request.moveTo(RequestStatus.WITHDRAWN, now);
        save(request, from, checkedNote(note), now);
    }

    /** The requester says a delivery does not solve their problem, within the window, and says why. */
    @AnyoneSignedIn
    public void reopen(long requestId, String reason, long expectedVersion) {
        Request request = loaded("request.reopen", requestId, expectedVersion);
        refuseUnlessRequester(request);
        if (!request.reopenableAt(clock.instant())) {
            throw new RejectedInputException("status", "request.error.not-reopenable");
        }
        String text = Reason.required("note", reason, "request.error.reopen-reason-required").text();
        Instant now = clock.instant();
        request.moveTo(RequestStatus.TRIAGED, now);
        save(request, RequestStatus.DELIVERED, text, now);
    }

    /**
     * The requester's organisation answered while the team waited for it: the request goes back to the status it
     * had before waiting (triaged when the history does not say), recorded as a move by the person who answered,
     * without a note, and its watchers are told as for any move. Inside the comment's transaction.
     */
    void requesterAnswered(Request request, Instant now) {
        RequestStatus back = history.findStatusesLeftForWaiting(request.getId()).stream()
                .filter(Objects::nonNull).findFirst().orElse(RequestStatus.TRIAGED);
        request.moveTo(back, now);
        save(request, RequestStatus.WAITING_FOR_REQUESTER, null, now);
    }

    private Request loaded(String action, long requestId, long expectedVersion) {
        Request request = access.open(action, requestId);
        request.requireVersion(expectedVersion);
        return request;
    }

    private void refuseUnlessAllowed(Request request, RequestStatus to) {
        if (!request.getStatus().teamMoves().contains(to)) {
            throw new RejectedInputException("status", "request.error.move-not-allowed");
        }
    }

    /** Changes and integrations are planned only after an assessment that accepts them. */
    private void refuseToPlanUnassessed(Request request, RequestStatus to) {
        if (to == RequestStatus.PLANNED && request.getKind().needsAssessmentBeforePlanning()
                && assessments.findByRequestId(request.getId()).map(a -> !a.getDecision().accepts()).orElse(true)) {
            throw new RejectedInputException("status", "assessment.error.needed-before-planning");
        }
    }

    private void refuseUnlessRequester(Request request) {
        if (request.getRequester().getId() != access.callerAccountId()) {
            throw new RejectedInputException("status", "request.error.only-requester");
        }
    }

    private static @Nullable String checkedNote(@Nullable String note) {
        return TextRules.optionalOrNull("note", note, NOTE_MAX);
    }

    private void save(Request request, RequestStatus from, @Nullable String note, Instant now) {
        record(request, from, note, now);
        notifier.statusChanged(request, access.callerAccountId());
    }

    private void record(Request request, RequestStatus from, @Nullable String note, Instant now) {
        requests.saveAndFlush(request);
        history.save(new StatusChange(request, parties.account(access.callerAccountId()), from,
                request.getStatus(), note, now));
        events.publishEvent(new AdministrativeChange("request.status", "Request", request.getId(),
                request.getOrganisation().getId(), from.name(), request.getStatus().name()));
        planning.changed(request);
        moments.statusChanged(request, from, access.callerAccountId(), now);
    }
}
