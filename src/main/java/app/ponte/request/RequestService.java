package app.ponte.request;

import app.ponte.base.RejectedInputException;
import app.ponte.catalogue.OperatedSystem;
import app.ponte.catalogue.SystemCatalogue;
import app.ponte.notification.NotificationEvent;
import app.ponte.organisation.PersonOption;
import app.ponte.security.AnyMember;
import app.ponte.security.AnyoneSignedIn;
import app.ponte.security.CurrentUser;
import app.ponte.security.PonteUser;
import app.ponte.security.RequesterOnly;
import app.ponte.security.TeamOnly;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Filing requests and reading them: "Our requests" for departments and clients, the inbox for the
 * team, and one request with its history and conversation. Internal notes reach the team only.
 */
@Service
@Transactional(readOnly = true)
public class RequestService {

    /** How long after delivery a requester may still say "this is not it" and re-open. */
    public static final Duration REOPEN_WINDOW = Duration.ofDays(14);
    /** An export holds at most this many rows; narrow the filters for more. */
    public static final int EXPORT_MAX = 20_000;
    static final int SIMILAR_SHOWN = 5;
    private static final int EXPORT_PAGE = 1_000;

    private final RequestRepository requests;
    private final StatusChangeRepository history;
    private final RequestAccess access;
    private final Parties parties;
    private final CurrentUser currentUser;
    private final Attachments attachments;
    private final RequestNotifier notifier;
    private final WatcherRepository watchers;
    private final TitleWordRepository titleWords;
    private final SystemCatalogue catalogue;
    private final AssessmentRepository assessments;
    private final SupportRepository supports;
    private final PlanningFactsPublisher planning;
    private final Clock clock;

    RequestService(RequestRepository requests, StatusChangeRepository history, RequestAccess access, Parties parties,
            CurrentUser currentUser, Attachments attachments, RequestNotifier notifier, WatcherRepository watchers,
            TitleWordRepository titleWords, SupportRepository supports, SystemCatalogue catalogue,
            AssessmentRepository assessments, PlanningFactsPublisher planning, Clock clock) {
        this.planning = planning;
        this.assessments = assessments;
        this.catalogue = catalogue;
        this.titleWords = titleWords;
        this.supports = supports;
        this.attachments = attachments;
        this.notifier = notifier;
        this.watchers = watchers;
        this.requests = requests;
        this.history = history;
        this.access = access;
        this.parties = parties;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Files a request for the caller's organisation, or, for the team, for the organisation named. */
    @AnyMember
    @Transactional
    public long file(RequestDraft draft) {
        return file(draft, List.of());
    }

    /** Files a request with attachments; a refused file refuses the whole request and says which and why. */
    @AnyMember
    @Transactional
    public long file(RequestDraft draft, List<NewFile> files) {
        PonteUser user = currentUser.require();
        RequestDraftCheck.check(draft, LocalDate.now(clock.withZone(ZoneId.of(user.timeZone()))));
        long organisationId = access.callerIsTeam() ? teamTarget(draft) : access.callerOrganisationId();
        Instant now = clock.instant();
        var me = parties.account(user.accountId());
        var filed = new Request(parties.organisation(organisationId), me, me, draft, now);
        if (draft.kind().asksSystems() && !draft.systemIds().isEmpty()) {
            filed.touch(catalogue.dependedOnBy(organisationId, draft.systemIds()));
        }
        var request = requests.saveAndFlush(filed);
        history.save(new StatusChange(request, me, null, RequestStatus.NEW, null, now));
        attachments.attach(request, null, false, files);
        notifier.watch(request, user.accountId());
        TitleWords.of(request.getTitle()).forEach(word -> titleWords.save(new TitleWord(request, word)));
        planning.changed(request);
        return request.getId();
    }

    private long teamTarget(RequestDraft draft) {
        if (draft.organisationId() == null) {
            throw new RejectedInputException("organisation", "request.error.organisation-required");
        }
        return parties.requestingOrganisation(draft.organisationId())
                .orElseThrow(() -> new RejectedInputException("organisation", "request.error.organisation-invalid"))
                .getId();
    }

    /** "Our requests": the caller's organisation's requests, newest first. */
    @RequesterOnly
    public Slice<RequestSummary> ours(RequestFilter filter, Pageable pageable) {
        var own = new RequestFilter(filter.titleWords(), filter.kind(), filter.status(), null, null, false,
                filter.system(), filter.olderThanDays(), filter.filedSince());
        long organisationId = access.callerOrganisationId();
        return requests.findPage(organisationId, own, pageable)
                .map(row -> row.organisationId() == organisationId ? row : row.asSupporter());
    }

    /** The rows an export of "Our requests" holds: what the list shows, page after page, up to a limit. */
    @RequesterOnly
    public List<RequestSummary> exportOurs(RequestFilter filter) {
        return collect(pageable -> ours(filter, pageable));
    }

    /** The rows an export of the inbox holds, with the same filters. */
    @TeamOnly
    public List<RequestSummary> exportInbox(RequestFilter filter) {
        return collect(pageable -> inbox(filter, pageable));
    }

    private static List<RequestSummary> collect(Function<Pageable, Slice<RequestSummary>> pages) {
        var rows = new ArrayList<RequestSummary>();
        Slice<RequestSummary> page = pages.apply(PageRequest.of(0, EXPORT_PAGE));
        rows.addAll(page.getContent());
        while (page.hasNext() && rows.size() < EXPORT_MAX) {
            page = pages.apply(page.nextPageable());
            rows.addAll(page.getContent());
        }
        return rows.size() > EXPORT_MAX ? rows.subList(0, EXPORT_MAX) : rows;
    }

    /** The team's inbox: every organisation's requests, newest first, with the team's filters. */
    @TeamOnly
    public Slice<RequestSummary> inbox(RequestFilter filter, Pageable pageable) {
        return requests.findPage(null, filter, pageable);
    }

    @AnyoneSignedIn
    public RequestDetails details(long requestId) {
        Request request = access.open("request.read", requestId);
        boolean team = access.callerIsTeam();
        boolean requester = request.getRequester().getId() == access.callerAccountId();
        RequestStatus status = request.getStatus();
        return new RequestDetails(request.getId(), request.getVersion(), request.getKind(), status,
                request.getTitle(), request.getProblem(), request.getOrganisation().getId(),
                request.getOrganisation().getName(), request.getRequester().getDisplayName(),
                request.getAffectedPeople(), request.getIntendedUse(), request.getBusinessImpact(),
                request.getDesiredDate(), request.getDesiredDateReason(), request.getAffectedSystem(),
                request.getSeverity(), request.getSteps(), request.getOccurringSince(), request.getSystemsInvolved(),
                request.getDataInvolved(), request.getPersonalData(), request.getPriority(),
                request.getAssignee() == null ? null : request.getAssignee().getId(),
                request.getAssignee() == null ? null : request.getAssignee().getDisplayName(),
                request.getDeclineReason(), request.getDuplicateOf() == null ? null : request.getDuplicateOf().getId(),
                request.isShared(), request.getCreatedAt(), request.getStatusChangedAt(), team,
                watchers.existsByRequestIdAndAccountId(requestId, access.callerAccountId()),
                team ? status.teamMoves() : EnumSet.noneOf(RequestStatus.class),
                requester && status.isOpen(),
                requester && reopenable(request),
                request.getSystems().stream().map(OperatedSystem::getName).sorted().toList());
    }

    @AnyoneSignedIn
    public List<HistoryEntry> history(long requestId) {
        access.open("request.read", requestId);
        return requests.findHistory(requestId);
    }

    /** The conversation; internal notes only when the caller is on the team. */
    @AnyoneSignedIn
    public List<CommentEntry> conversation(long requestId) {
        access.open("request.read", requestId);
        return requests.findConversation(requestId, access.callerIsTeam());
    }

    /**
     * Open requests the caller may see whose titles share words with the one being typed, most in
     * common first: the caller's organisation's own and the shared ones (the team: all).
     */
    @AnyoneSignedIn
    public List<SimilarRequest> similar(String title) {
        var words = TitleWords.of(title);
        if (words.isEmpty()) {
            return List.of();
        }
        Long organisationId = access.callerIsTeam() ? null : access.callerOrganisationId();
        return titleWords.findSimilar(words, organisationId, PageRequest.of(0, SIMILAR_SHOWN));
    }

    /** Whether the caller sees all of a request or only its shared part; another organisation's is not found. */
    @AnyoneSignedIn
    public RequestVisibility visibility(long requestId) {
        return access.visibility("request.read", requestId);
    }

    /** A shared request as another organisation sees it. */
    @RequesterOnly
    public SharedRequestSummary shared(long requestId) {
        Request request = access.openShared("request.read-shared", requestId);
        String ownImpact = supports.findByRequestIdAndOrganisationId(requestId, access.callerOrganisationId())
                .map(Support::getImpact).orElse(null);
        return new SharedRequestSummary(request.getId(), request.getKind(), request.getStatus(), request.getTitle(),
                request.getProblem(), supports.countByRequestId(requestId), ownImpact);
    }

    /**
     * Adds (or restates) the caller's organisation's support for a shared request, with what it means
     * to them; the caller then follows it in "Our requests" and hears of its progress.
     */
    @RequesterOnly
    @Transactional
    public void support(long requestId, String impact) {
        Request request = access.openShared("request.support", requestId);
        RequestDraftCheck.required("impact", impact, RequestDraftCheck.ANSWER_MAX);
        long organisationId = access.callerOrganisationId();
        var me = parties.account(access.callerAccountId());
        supports.findByRequestIdAndOrganisationId(requestId, organisationId).ifPresentOrElse(
                support -> support.restate(me, impact.strip()),
                () -> supports.save(new Support(request, parties.organisation(organisationId), me, impact.strip(),
                        clock.instant())));
        supports.flush();
        planning.changed(request);
        notifier.watch(request, access.callerAccountId());
    }

    /**
     * Tells everyone following a request about a planning decision (a re-ranking, a date being decided).
     * The notice's arguments are the request's number and title, then {@code details}.
     */
    @TeamOnly
    @Transactional
    public void tellFollowers(long requestId, NotificationEvent event, List<String> details) {
        notifier.planningDecision(access.open("request.tell", requestId), event, details, access.callerAccountId());
    }

    /** Who supports a request and why: for the team. */
    @TeamOnly
    public List<SupportEntry> supporters(long requestId) {
        access.open("request.supporters", requestId);
        return supports.findEntries(requestId);
    }

    /** Starts or stops telling the caller about this request's news. */
    @AnyoneSignedIn
    @Transactional
    public void watch(long requestId, boolean watching) {
        Request request = access.open("request.watch", requestId);
        if (watching) {
            notifier.watch(request, access.callerAccountId());
        } else {
            watchers.unwatch(requestId, access.callerAccountId());
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

    /** Who the team can assign a request to. */
    @TeamOnly
    public List<PersonOption> assignableTeamMembers() {
        return parties.teamPeople();
    }

    boolean reopenable(Request request) {
        return request.getStatus() == RequestStatus.DELIVERED
                && request.getStatusChangedAt().plus(REOPEN_WINDOW).isAfter(clock.instant());
    }
}
