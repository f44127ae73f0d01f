package app.ponte.roadmap;

import app.ponte.base.NotificationLine;
import app.ponte.base.RejectedInputException;
import app.ponte.notification.NotificationEvent;
import app.ponte.organisation.Account;
import app.ponte.organisation.Organisation;
import app.ponte.planning.Backlog;
import app.ponte.planning.PlannedWork;
import app.ponte.planning.RequestEffort;
import app.ponte.request.RequestDetails;
import app.ponte.request.RequestFollowers;
import app.ponte.request.RequestReading;
import app.ponte.request.RequestStatus;
import app.ponte.request.RequestWorkflow;
import app.ponte.security.AnyoneSignedIn;
import app.ponte.security.CurrentUser;
import app.ponte.security.OrganisationScope;
import app.ponte.security.Role;
import app.ponte.security.TeamOnly;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team's roadmap: initiatives of accepted requests, delivered in milestones. Dates are realistic by
 * construction: Ponte proposes the likely and latest dates from the schedule of the milestone's requests,
 * and committing a date outside them needs a reason. A committed date is a promise to every organisation
 * whose request the milestone delivers; each change is kept with its reason, and they are told.
 */
@Service
@Transactional(readOnly = true)
public class Roadmap {

    static final int TITLE_MAX = 200;
    static final int SUMMARY_MAX = 2000;
    static final int DELIVERS_MAX = 1000;
    static final int REASON_MAX = 1000;

    private final InitiativeRepository initiatives;
    private final MilestoneRepository milestones;
    private final PromiseRepository promises;
    private final PromiseChangeRepository changes;
    private final ChangelogRepository changelog;
    private final RequestFollowers followers;
    private final RequestReading reading;
    private final RequestWorkflow workflow;
    private final Backlog backlog;
    private final CurrentUser currentUser;
    private final OrganisationScope scope;
    private final EntityManager entityManager;
    private final Clock clock;

    Roadmap(InitiativeRepository initiatives, MilestoneRepository milestones, PromiseRepository promises,
            PromiseChangeRepository changes, ChangelogRepository changelog, RequestFollowers followers, RequestReading reading, RequestWorkflow workflow, Backlog backlog,
            CurrentUser currentUser, OrganisationScope scope, EntityManager entityManager, Clock clock) {
        this.initiatives = initiatives;
        this.milestones = milestones;
        this.promises = promises;
        this.changes = changes;
        this.changelog = changelog;
        this.followers = followers;
        this.reading = reading;
        this.workflow = workflow;
        this.backlog = backlog;
        this.currentUser = currentUser;
        this.scope = scope;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @TeamOnly
    @Transactional
    public long createInitiative(InitiativeDraft draft) {
        return createInitiativeAsOf(clock.instant(), draft);
    }

    /** {@link #createInitiative} as it happened at {@code now}: also for initiatives begun before Ponte. */
    long createInitiativeAsOf(Instant now, InitiativeDraft draft) {
        check(draft);
        return initiatives.saveAndFlush(new Initiative(draft, now)).getId();
    }

    @TeamOnly
    @Transactional
    public long addMilestone(long initiativeId, MilestoneDraft draft) {
        Initiative initiative = initiatives.findById(initiativeId)
                .orElseThrow(() -> scope.notFound("roadmap.milestone", "Initiative", initiativeId));
        required("title", draft.title(), TITLE_MAX);
        required("delivers", draft.delivers(), DELIVERS_MAX);
        return milestones.saveAndFlush(new Milestone(initiative, draft, clock.instant())).getId();
    }

    /** Changes what the team typed for an initiative; it cannot end before a date already committed. */
    @TeamOnly
    @Transactional
    public void editInitiative(long initiativeId, InitiativeDraft draft, long expectedVersion) {
        Initiative initiative = initiative(initiativeId);
        initiative.requireVersion(expectedVersion);
        check(draft);
        milestones.findByInitiativeId(initiativeId).stream().map(Milestone::getCommittedOn).filter(Objects::nonNull)
                .filter(committed -> committed.isAfter(draft.endsOn())).max(Comparator.naturalOrder())
                .ifPresent(committed -> {
                    throw new RejectedInputException("endsOn", "roadmap.error.ends-before-milestone",
                            asDate(committed));
                });
        initiative.set(draft, clock.instant());
        initiatives.flush();
    }

    /** Changes a milestone's name or what it delivers. */
    @TeamOnly
    @Transactional
    public void editMilestone(long milestoneId, MilestoneDraft draft, long expectedVersion) {
        Milestone milestone = milestone(milestoneId);
        milestone.requireVersion(expectedVersion);
        required("title", draft.title(), TITLE_MAX);
        required("delivers", draft.delivers(), DELIVERS_MAX);
        milestone.edit(draft, clock.instant());
        milestones.flush();
    }

    /**
     * Cancels an initiative: its milestones not yet delivered are cancelled, and the organisations they were
     * promised to are told why; those promises count as broken.
     */
    @TeamOnly
    @Transactional
    public void cancelInitiative(long initiativeId, @Nullable String reason, long expectedVersion) {
        Initiative initiative = initiative(initiativeId);
        initiative.requireVersion(expectedVersion);
        String why = requiredReason(reason, "roadmap.error.cancel-reason");
        if (initiative.getStatus() == DeliveryStatus.CANCELLED || initiative.getStatus() == DeliveryStatus.DELIVERED) {
            throw new RejectedInputException("reason", "roadmap.error.already-finished");
        }
        Instant now = clock.instant();
        initiative.cancel(now);
        for (Milestone milestone : milestones.findByInitiativeId(initiativeId)) {
            if (milestone.getStatus() == DeliveryStatus.DELIVERED) {
                continue;
            }
            milestone.cancel(now);
            promises.findByMilestoneId(milestone.getId()).forEach(promise -> tell(milestone,
                    promise.getOrganisation().getId(), NotificationEvent.PROMISE_CANCELLED,
                    List.of(milestone.getTitle(), why)));
        }
        initiatives.flush();
    }

    /**
     * Links an accepted request (planned or in progress) to an open milestone that delivers it. When the
     * milestone already has a date, its organisation now reads that date on its roadmap: that is a promise
     * to it too, and its followers are told.
     */
    @TeamOnly
    @Transactional
    public void link(long milestoneId, long requestId) {
        Milestone milestone = milestone(milestoneId);
        requireOpen(milestone, "request");
        RequestDetails request = reading.details(requestId);
        if (request.status() != RequestStatus.PLANNED && request.status() != RequestStatus.IN_PROGRESS) {
            throw new RejectedInputException("request", "roadmap.error.request-not-accepted");
        }
        if (milestones.linksRequest(requestId)) {
            throw new RejectedInputException("request", "roadmap.error.request-linked");
        }
        milestone.link(new LinkedRequest(requestId, request.organisationId()), clock.instant());
        backlog.plannedWork(List.of(requestId)).forEach(work -> milestone.getInitiative().touches(work.systemIds()));
        milestones.flush();
        if (milestone.getCommittedOn() != null) {
            promiseAgain(milestone, request.organisationId(), milestone.getCommittedOn());
        }
    }

    /**
     * Takes a request out of an open milestone (scope moved to another increment, or linked by mistake), with
     * a reason its followers are told. When it was the organisation's last request in the milestone, the date
     * told to them will not be kept: their promise is withdrawn, with the reason, and counts as broken. The
     * initiative keeps only the systems its remaining requests touch (the roadmap's filter by system).
     */
    @TeamOnly
    @Transactional
    public void unlink(long milestoneId, long requestId, @Nullable String reason, long expectedVersion) {
        Milestone milestone = milestone(milestoneId);
        milestone.requireVersion(expectedVersion);
        requireOpen(milestone, "request");
        String why = requiredReason(reason, "roadmap.error.unlink-reason");
        Instant now = clock.instant();
        long organisationId = milestone.unlink(requestId, now)
                .orElseThrow(() -> new RejectedInputException("request", "roadmap.error.request-not-in-milestone"));
        followers.tell(requestId, NotificationEvent.REQUEST_UNLINKED, List.of(milestone.getTitle(), why));
        Initiative initiative = milestone.getInitiative();
        milestones.flush();
        List<Long> stillLinked = milestones.findLinkedRequestIds(initiative.getId());
        initiative.touchesOnly(backlog.plannedWork(stillLinked).stream().flatMap(work -> work.systemIds().stream())
                .collect(Collectors.toSet()));
        if (!milestone.hasRequestOf(organisationId)) {
            promises.findByMilestoneIdAndOrganisationId(milestoneId, organisationId)
                    .ifPresent(promise -> promise.withdraw(day(now), why));
        }
        milestones.flush();
    }

    /**
     * The dates Ponte proposes from the schedule: the latest likely finish and the latest pessimistic
     * finish among the milestone's requests. Empty when none of them is scheduled yet.
     */
    @TeamOnly
    public Optional<DateProposal> proposal(long milestoneId) {
        return Optional.ofNullable(plan(milestoneId).proposal());
    }

    /** The proposal, the effort range of the linked assessments and the linked requests, for committing a date. */
    @TeamOnly
    public MilestonePlan plan(long milestoneId) {
        Milestone milestone = milestone(milestoneId);
        List<PlannedWork> work = backlog.plannedWork(milestone.getRequests().stream().map(LinkedRequest::requestId)
                .toList()).stream().sorted(Comparator.comparing(PlannedWork::requestId)).toList();
        List<PlannedWork> scheduled = work.stream().filter(w -> w.plannedFinish() != null).toList();
        DateProposal proposal = scheduled.isEmpty() ? null : new DateProposal(
                scheduled.stream().map(PlannedWork::plannedFinish).max(Comparator.naturalOrder()).orElseThrow(),
                scheduled.stream().map(w -> w.latestFinish() == null ? w.plannedFinish() : w.latestFinish())
                        .max(Comparator.naturalOrder()).orElseThrow());
        return new MilestonePlan(view(milestone), proposal, sum(work, PlannedWork::effortLikely),
                sum(work, PlannedWork::effortPessimistic), work);
    }

    /**
     * Commits a date for the milestone: a promise to each organisation whose request it delivers, or a
     * change of it. A date outside the proposal, or any change, needs a reason; the organisations are
     * told in their language. {@code expectedVersion} is the milestone's version the team member saw.
     */
    @TeamOnly
    @Transactional
    public void commit(long milestoneId, @Nullable LocalDate date, @Nullable String reason, long expectedVersion) {
        commitAsOf(clock.instant(), milestoneId, date, reason, expectedVersion);
    }

    /** {@link #commit} as it happened at {@code now}: also for the history of promises made before Ponte. */
    void commitAsOf(Instant now, long milestoneId, @Nullable LocalDate date, @Nullable String reason,
            long expectedVersion) {
        Milestone milestone = milestone(milestoneId);
        milestone.requireVersion(expectedVersion);
        requireOpen(milestone, "date");
        if (date == null) {
            throw new RejectedInputException("date", "roadmap.error.date-required");
        }
        if (date.isBefore(day(now))) {
            throw new RejectedInputException("date", "roadmap.error.date-past");
        }
        if (date.isAfter(milestone.getInitiative().getEndsOn())) {
            throw new RejectedInputException("date", "roadmap.error.after-initiative-end",
                    asDate(milestone.getInitiative().getEndsOn()));
        }
        String why = reason == null ? "" : reason.strip();
        if (why.length() > REASON_MAX) {
            throw new RejectedInputException("reason", "roadmap.error.reason-too-long", REASON_MAX);
        }
        LocalDate before = milestone.getCommittedOn();
        boolean outside = proposal(milestoneId).map(p -> !p.covers(date)).orElse(false);
        if (why.isEmpty() && (outside || before != null)) {
            throw new RejectedInputException("reason", before != null ? "roadmap.error.change-reason"
                    : "roadmap.error.override-reason");
        }
        if (Objects.equals(before, date)) {
            return;
        }
        milestone.commit(date, why, now);
        milestone.getInitiative().follow(milestones.findByInitiativeId(milestone.getInitiative().getId()), now);
        milestones.flush();
        promise(milestone, date, why, now);
    }

    /**
     * Marks the milestone delivered on a day (today or before): its promises are kept (on time or late),
     * its requests are delivered, which tells their requesters and supporters, and a changelog entry is
     * published to their organisations (to everyone for a public initiative).
     */
    @TeamOnly
    @Transactional
    public void deliver(long milestoneId, @Nullable LocalDate deliveredOn, long expectedVersion) {
        deliverAsOf(clock.instant(), milestoneId, deliveredOn, expectedVersion);
    }

    /** {@link #deliver} as it happened at {@code now}: also for deliveries made before Ponte. */
    void deliverAsOf(Instant now, long milestoneId, @Nullable LocalDate deliveredOn, long expectedVersion) {
        Milestone milestone = milestone(milestoneId);
        milestone.requireVersion(expectedVersion);
        if (deliveredOn == null) {
            throw new RejectedInputException("deliveredOn", "roadmap.error.delivered-on-required");
        }
        if (deliveredOn.isAfter(day(now))) {
            throw new RejectedInputException("deliveredOn", "roadmap.error.delivery-in-future");
        }
        requireOpen(milestone, "deliveredOn");
        milestone.deliver(deliveredOn, now);
        milestone.getInitiative().follow(milestones.findByInitiativeId(milestone.getInitiative().getId()), now);
        changelog.save(new ChangelogEntry(milestone, milestone.getRequests().stream()
                .map(LinkedRequest::organisationId).collect(Collectors.toSet()), deliveredOn, now));
        promises.findByMilestoneId(milestoneId).stream().filter(p -> !p.isWithdrawn()).forEach(p -> p.kept(deliveredOn));
        for (LinkedRequest linked : milestone.getRequests()) {
            RequestDetails request = reading.details(linked.requestId());
            if (request.status() == RequestStatus.PLANNED) {
                workflow.move(request.id(), RequestStatus.IN_PROGRESS, null, request.version());
                request = reading.details(linked.requestId());
            }
            if (request.status() == RequestStatus.IN_PROGRESS) {
                workflow.move(request.id(), RequestStatus.DELIVERED, milestone.getTitle(), request.version());
            }
        }
        milestones.flush();
    }

    /**
     * A page of an organisation's promise ledger, newest first: the team reads any organisation's, everybody
     * else their own (the id asked for is ignored for them: there is nothing else they may read).
     */
    @AnyoneSignedIn
    public Slice<PromiseEntry> ledger(long organisationId, Pageable pageable) {
        Slice<Promise> found = promises.findLedger(readableOrganisation(organisationId), pageable);
        Map<Long, List<PromiseChangeEntry>> changesByPromise = found.isEmpty() ? Map.of()
                : changes.findForPromises(found.map(Promise::getId).toList()).stream()
                        .collect(Collectors.groupingBy(PromiseChange::promiseId,
                                Collectors.mapping(PromiseChange::toEntry, Collectors.toList())));
        LocalDate today = today();
        return found.map(p -> new PromiseEntry(p.getMilestone().getId(),
                p.getMilestone().getInitiative().getTitle(), p.getMilestone().getTitle(), p.getFirstPromisedOn(),
                p.getPromisedOn(), p.getMadeAt(), p.getDeliveredOn(), p.facts().state(today),
                p.facts().daysLate(today), changesByPromise.getOrDefault(p.getId(), List.of()), p.getWithdrawnOn(),
                p.getWithdrawReason()));
    }

    /**
     * The roadmap the caller may see: everything for the team (or one organisation's part, when named),
     * otherwise the public initiatives and those delivering the caller's organisation's requests.
     */
    @AnyoneSignedIn
    public Slice<InitiativeView> initiatives(@Nullable Long organisationId, @Nullable Long systemId,
            @Nullable DeliveryStatus status, Pageable pageable) {
        var active = currentUser.require().requireActive();
        boolean team = active.role() == Role.TEAM || active.role() == Role.ADMIN;
        Long scope = team ? organisationId : Long.valueOf(active.organisationId());
        Slice<Initiative> page = initiatives.findVisible(scope, systemId, status, pageable);
        Map<Long, List<InitiativeView.MilestoneView>> byInitiative = page.isEmpty() ? Map.of()
                : milestones.findOfInitiatives(page.map(Initiative::getId).toList()).stream()
                        .collect(Collectors.groupingBy(m -> m.getInitiative().getId(), Collectors.mapping(
                                Roadmap::view,
                                Collectors.toList())));
        Map<Long, InitiativeView.Estimate> estimates = team && !page.isEmpty()
                ? estimates(page.map(Initiative::getId).toList()) : Map.of();
        return page.map(i -> new InitiativeView(i.getId(), i.getTitle(), i.getSummary(), i.getStatus(),
                i.isPublicItem(), i.getConfidence(), day(i.getCreatedAt()), i.getEndsOn(),
                byInitiative.getOrDefault(i.getId(), List.of()).stream().sorted(InitiativeView.MilestoneView.BY_DATE)
                        .toList(), estimates.get(i.getId()), i.getVersion()));
    }

    /** Each initiative's estimate from the assessed requests of its milestones: two light queries per page. */
    private Map<Long, InitiativeView.Estimate> estimates(List<Long> initiativeIds) {
        List<InitiativeRequest> linked = milestones.findRequestsOfInitiatives(initiativeIds);
        Map<Long, RequestEffort> efforts = backlog.efforts(linked.stream().map(InitiativeRequest::requestId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(RequestEffort::requestId, e -> e));
        Map<Long, InitiativeView.Estimate> estimates = new HashMap<>();
        for (InitiativeRequest request : linked) {
            RequestEffort effort = efforts.get(request.requestId());
            if (effort != null) {
                estimates.merge(request.initiativeId(), new InitiativeView.Estimate(effort.likely(),
                        effort.pessimistic()), InitiativeView.Estimate::plus);
            }
        }
        return estimates;
    }

    /** How an organisation's promises turned out (the team: any organisation's; others: their own). */
    @AnyoneSignedIn
    public PromiseSummary promiseSummary(long organisationId) {
        return PromiseSummary.of(promises.findFacts(readableOrganisation(organisationId)), today());
    }

    /** The team's delivery record by month of delivery, oldest first: on-time rate and average slip. */
    @TeamOnly
    public List<DeliveryRecord> deliveryRecord() {
        Map<YearMonth, List<PromiseFacts>> byMonth = promises.findDeliveredFacts().stream()
                .collect(Collectors.groupingBy(p -> YearMonth.from(p.deliveredOn()), TreeMap::new,
                        Collectors.toList()));
        LocalDate today = today();
        return byMonth.entrySet().stream().map(month -> {
            List<PromiseFacts> delivered = month.getValue();
            double onTime = delivered.stream().filter(p -> p.state(today) == PromiseState.KEPT_ON_TIME).count()
                    / (double) delivered.size();
            double slip = delivered.stream().mapToLong(p -> p.daysLate(today)).average().orElse(0);
            return new DeliveryRecord(month.getKey(), delivered.size(), onTime, slip);
        }).toList();
    }

    /** An organisation's changelog, newest first: the team reads any, everybody else their own. */
    @AnyoneSignedIn
    public Slice<ChangelogLine> changelog(long organisationId, Pageable pageable) {
        return changelog.findFor(readableOrganisation(organisationId), pageable).map(ChangelogEntry::toLine);
    }

    private long readableOrganisation(long asked) {
        var active = currentUser.require().requireActive();
        boolean team = active.role() == Role.TEAM || active.role() == Role.ADMIN;
        return team ? asked : active.organisationId();
    }

    private void promise(Milestone milestone, LocalDate date, String reason, Instant now) {
        Account me = me();
        Set<Long> organisations = milestone.getRequests().stream().map(LinkedRequest::organisationId)
                .collect(Collectors.toSet());
        for (long organisationId : organisations) {
            var existing = promises.findByMilestoneIdAndOrganisationId(milestone.getId(), organisationId);
            if (existing.isEmpty()) {
                promiseTo(milestone, organisationId, date, now);
            } else {
                Promise promise = existing.get();
                changes.save(new PromiseChange(promise, promise.getPromisedOn(), date, reason, me, now, true));
                tell(milestone, organisationId, NotificationEvent.PROMISE_CHANGED,
                        List.of(NotificationLine.date(promise.getPromisedOn()), NotificationLine.date(date), reason));
                promise.moveTo(date);
            }
        }
        promises.flush();
    }

    /** The reason, trimmed: refused when missing (with the key saying who reads it) or too long. */
    private static String requiredReason(@Nullable String reason, String missingKey) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new RejectedInputException("reason", missingKey);
        }
        if (why.length() > REASON_MAX) {
            throw new RejectedInputException("reason", "roadmap.error.reason-too-long", REASON_MAX);
        }
        return why;
    }

    /** A delivered or cancelled milestone takes no more requests, dates or deliveries. */
    private static void requireOpen(Milestone milestone, String field) {
        if (milestone.getStatus() == DeliveryStatus.DELIVERED) {
            throw new RejectedInputException(field, "roadmap.error.already-delivered");
        }
        if (milestone.getStatus() == DeliveryStatus.CANCELLED) {
            throw new RejectedInputException(field, "roadmap.error.cancelled");
        }
    }

    /**
     * The milestone's date, now told to an organisation whose request joined it: a new promise, or the one
     * withdrawn when its requests left, standing again (moved, with the date's own reason, if the date changed).
     */
    private void promiseAgain(Milestone milestone, long organisationId, LocalDate date) {
        Instant now = clock.instant();
        var existing = promises.findByMilestoneIdAndOrganisationId(milestone.getId(), organisationId);
        if (existing.isEmpty()) {
            promiseTo(milestone, organisationId, date, now);
        } else if (existing.get().isWithdrawn()) {
            Promise promise = existing.get();
            promise.reinstate();
            if (!promise.getPromisedOn().equals(date)) {
                String why = milestone.getCommitReason() == null ? "" : milestone.getCommitReason();
                changes.save(new PromiseChange(promise, promise.getPromisedOn(), date, why, me(), now, true));
                promise.moveTo(date);
            }
            tell(milestone, organisationId, NotificationEvent.PROMISE_MADE,
                    List.of(NotificationLine.date(date), milestone.getTitle()));
        }
        promises.flush();
    }

    private void promiseTo(Milestone milestone, long organisationId, LocalDate date, Instant now) {
        promises.save(new Promise(milestone, entityManager.getReference(Organisation.class, organisationId),
                date, me(), now));
        tell(milestone, organisationId, NotificationEvent.PROMISE_MADE,
                List.of(NotificationLine.date(date), milestone.getTitle()));
    }

    /** The signed-in team member, as the author of a promise or a change of its date. */
    private Account me() {
        return entityManager.getReference(Account.class, currentUser.require().accountId());
    }

    /** Each request of the organisation the milestone delivers: its followers read the date in their language. */
    private void tell(Milestone milestone, long organisationId, NotificationEvent event, List<String> details) {
        milestone.getRequests().stream().filter(r -> r.organisationId() == organisationId)
                .forEach(r -> followers.tell(r.requestId(), event, details));
    }

    /** A day as messages format it ({@code {0,date,long}}) in the reader's language. */
    private static Date asDate(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    private static InitiativeView.MilestoneView view(Milestone m) {
        return new InitiativeView.MilestoneView(m.getId(), m.getTitle(), m.getDelivers(), m.getStatus(),
                m.getCommittedOn(), m.getCommitReason(), m.getDeliveredOn(), m.getVersion());
    }

    private Initiative initiative(long id) {
        return initiatives.findById(id).orElseThrow(() -> scope.notFound("roadmap.initiative", "Initiative", id));
    }

    private static BigDecimal sum(List<PlannedWork> work, Function<PlannedWork, @Nullable BigDecimal> days) {
        return work.stream().map(days).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private Milestone milestone(long id) {
        return milestones.findById(id).orElseThrow(() -> scope.notFound("roadmap.milestone", "Milestone", id));
    }

    private static void check(InitiativeDraft draft) {
        required("title", draft.title(), TITLE_MAX);
        if (draft.summary() != null && draft.summary().strip().length() > SUMMARY_MAX) {
            throw new RejectedInputException("summary", "roadmap.error.too-long", SUMMARY_MAX);
        }
        if (draft.confidence() == null) {
            throw new RejectedInputException("confidence", "roadmap.error.confidence-required");
        }
        if (draft.endsOn() == null) {
            throw new RejectedInputException("endsOn", "roadmap.error.ends-on-required");
        }
    }

    private static void required(String field, @Nullable String text, int max) {
        if (text == null || text.isBlank()) {
            throw new RejectedInputException(field, "roadmap.error.required");
        }
        if (text.strip().length() > max) {
            throw new RejectedInputException(field, "roadmap.error.too-long", max);
        }
    }

    /** Roadmap dates are calendar days of the team, counted in UTC like the planning schedule. */
    private LocalDate today() {
        return day(clock.instant());
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
