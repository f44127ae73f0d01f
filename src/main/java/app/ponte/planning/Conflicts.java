package app.ponte.planning;

import app.ponte.base.NotificationLine.Argument;
import app.ponte.base.Reason;
import app.ponte.base.RejectedInputException;
import app.ponte.catalogue.FreezeCalendar;
import app.ponte.catalogue.FreezePeriod;
import app.ponte.catalogue.SystemCatalogue;
import app.ponte.notification.NotificationEvent;
import app.ponte.organisation.OrganisationNames;
import app.ponte.request.RequestFollowers;
import app.ponte.request.RequestReading;
import app.ponte.request.RequestVisibility;
import app.ponte.security.AnyoneSignedIn;
import app.ponte.security.CurrentUser;
import app.ponte.security.OrganisationScope;
import app.ponte.security.TeamOnly;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The conflicts Ponte keeps finding, for the team to handle: re-schedule the request to a date outside the
 * freeze, ask for a decision by a date (the requester's organisation reads that the team is deciding), or
 * accept the risk with a note. Requesters read plain-words notices on their own requests.
 */
@Service
@Transactional(readOnly = true)
public class Conflicts {

    private final PlanningConflictRepository conflicts;
    private final BacklogKeeper keeper;
    private final FreezeCalendar calendar;
    private final SystemCatalogue catalogue;
    private final OrganisationNames names;
    private final RequestFollowers followers;
    private final RequestReading reading;
    private final OrganisationScope scope;
    private final ScoreRecalculation recalculation;
    private final CurrentUser currentUser;
    private final Clock clock;

    Conflicts(PlanningConflictRepository conflicts, BacklogKeeper keeper, FreezeCalendar calendar,
            SystemCatalogue catalogue, OrganisationNames names, RequestFollowers followers, RequestReading reading,
            OrganisationScope scope, ScoreRecalculation recalculation, CurrentUser currentUser, Clock clock) {
        this.currentUser = currentUser;
        this.conflicts = conflicts;
        this.keeper = keeper;
        this.calendar = calendar;
        this.catalogue = catalogue;
        this.names = names;
        this.followers = followers;
        this.reading = reading;
        this.scope = scope;
        this.recalculation = recalculation;
        this.clock = clock;
    }

    /** Conflicts found now, newest first. */
    @TeamOnly
    public Slice<ConflictRow> active(Pageable pageable) {
        return active(null, pageable);
    }

    /** Conflicts found now, of one kind or all ({@code kind} null), newest first. */
    @TeamOnly
    public Slice<ConflictRow> active(@Nullable ConflictKind kind, Pageable pageable) {
        return rows(conflicts.findActive(kind, pageable));
    }

    /**
     * Open conflicts (found now and not decided yet: the ones the dashboards count), of one kind or all, newest
     * first.
     */
    @TeamOnly
    public Slice<ConflictRow> open(@Nullable ConflictKind kind, Pageable pageable) {
        return rows(conflicts.findOpen(kind, pageable));
    }

    /**
     * Conflicts the team decided (risk accepted, re-scheduled) or that went away, the latest first, with who
     * decided, when and why: what was resolved stays findable.
     */
    @TeamOnly
    public Slice<ConflictRow> resolved(Pageable pageable) {
        return resolved(null, pageable);
    }

    /** The decided or gone conflicts of one kind or all ({@code kind} null), the latest change first. */
    @TeamOnly
    public Slice<ConflictRow> resolved(@Nullable ConflictKind kind, Pageable pageable) {
        return rows(conflicts.findResolved(kind, pageable));
    }

    private Slice<ConflictRow> rows(Slice<PlanningConflict> page) {
        // One read of names per page, one calendar read per system on the page, not per conflict.
        Map<Long, String> organisations = names.names(page.stream().flatMap(c -> Stream.of(
                c.getItem().getOrganisationId(), c.getAffectedOrganisationId())).collect(Collectors.toSet()));
        Map<Long, String> systems = systemNames(page.getContent());
        Map<Long, Map<Long, String>> reasonsBySystem = new HashMap<>();
        Map<Long, String> deciders = new HashMap<>();
        names.people(page.stream().map(PlanningConflict::getHandledById).filter(Objects::nonNull)
                .collect(Collectors.toSet())).forEach((id, person) -> deciders.put(id, person.displayName()));
        return page.map(conflict -> {
            BacklogItem item = conflict.getItem();
            Long systemId = conflict.getSystemId();
            String reason = systemId == null ? null : reasonsBySystem.computeIfAbsent(systemId, this::reasons)
                    .get(conflict.getFreezeWindowId());
            return new ConflictRow(conflict.getId(), conflict.getKind(), item.getRequestId(), item.getTitle(),
                    organisations.get(item.getOrganisationId()),
                    organisations.get(conflict.getAffectedOrganisationId()),
                    systemId == null ? null : systems.get(systemId), item.askedDate(), conflict.getStartsOn(),
                    conflict.getEndsOn(), reason, conflict.getHandling(), conflict.getDecideBy(), conflict.getNote(),
                    conflict.getDetectedAt(),
                    conflict.getHandledById() == null ? null : deciders.get(conflict.getHandledById()),
                    conflict.getHandledAt(), conflict.isActive(), conflict.getVersion());
        });
    }

    /** The team will decide by a date; the request's followers are told so, in their language. */
    @TeamOnly
    @Transactional
    public void askForDecision(long conflictId, @Nullable LocalDate decideBy, @Nullable String note,
            long expectedVersion) {
        PlanningConflict conflict = current(conflictId, expectedVersion);
        LocalDate date = fromToday("decideBy", decideBy, "conflict.error.decide-by-required",
                "conflict.error.decide-by-past");
        conflict.handle(ConflictHandling.DECISION_ASKED, date, Reason.optional("note", note),
                currentUser.require().accountId(), clock.instant());
        conflicts.flush();
        followers.tell(conflict.getItem().getRequestId(), NotificationEvent.DECISION_PENDING,
                List.of(Argument.date(date)));
    }

    /** The team goes ahead knowing the risk; the note says why. */
    @TeamOnly
    @Transactional
    public void acceptRisk(long conflictId, @Nullable String note, long expectedVersion) {
        PlanningConflict conflict = current(conflictId, expectedVersion);
        Reason why = Reason.required("note", note, "conflict.error.note-required");
        conflict.handle(ConflictHandling.RISK_ACCEPTED, null, why, currentUser.require().accountId(), clock.instant());
        conflicts.flush();
    }

    /**
     * Gives the request a new target date (it replaces the desired date in urgency and conflicts); for a
     * freeze conflict the date must fall outside the freeze. The conflict goes away if nothing else collides.
     */
    @TeamOnly
    @Transactional
    public void reschedule(long conflictId, @Nullable LocalDate targetDate, @Nullable String note,
            long expectedVersion) {
        PlanningConflict conflict = current(conflictId, expectedVersion);
        LocalDate target = fromToday("targetDate", targetDate, "conflict.error.target-required",
                "conflict.error.target-past");
        LocalDate start = conflict.getStartsOn();
        LocalDate end = conflict.getEndsOn();
        if (conflict.getKind() != ConflictKind.CAPACITY && start != null && end != null
                && !target.isBefore(start) && !target.isAfter(end)) {
            throw new RejectedInputException("targetDate", "conflict.error.target-in-freeze");
        }
        conflict.handle(ConflictHandling.RESCHEDULED, null, Reason.optional("note", note),
                currentUser.require().accountId(), clock.instant());
        BacklogItem item = conflict.getItem();
        item.retarget(target);
        keeper.rescored(item, item.isAccepted());
    }

    /**
     * Plain-words notices on a request, for whoever sees all of it; an organisation that sees only the
     * shared part reads none, and another organisation's request is not found.
     */
    @AnyoneSignedIn
    public List<ConflictNotice> notices(long requestId) {
        if (reading.visibility(requestId) != RequestVisibility.FULL) {
            return List.of();
        }
        List<PlanningConflict> found = conflicts.findActiveForRequest(requestId);
        Map<Long, String> systems = systemNames(found);
        return found.stream()
                .map(c -> new ConflictNotice(c.getKind(), c.getSystemId() == null ? null : systems.get(c.getSystemId()),
                        c.getStartsOn(), c.getEndsOn(), c.getHandling(), c.getDecideBy()))
                .toList();
    }

    /** Why each window of a system, running or to come, was declared. */
    private Map<Long, String> reasons(long systemId) {
        return calendar.onSystem(systemId, recalculation.today()).stream()
                .collect(Collectors.toMap(FreezePeriod::id, FreezePeriod::reason));
    }

    private Map<Long, String> systemNames(List<PlanningConflict> shown) {
        return catalogue.names(shown.stream().map(PlanningConflict::getSystemId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
    }

    /** A date the team sets for itself: required, and not in the past. */
    private LocalDate fromToday(String field, @Nullable LocalDate date, String requiredKey, String pastKey) {
        if (date == null) {
            throw new RejectedInputException(field, requiredKey);
        }
        if (date.isBefore(recalculation.today())) {
            throw new RejectedInputException(field, pastKey);
        }
        return date;
    }

    private PlanningConflict current(long conflictId, long expectedVersion) {
        PlanningConflict conflict = conflicts.findById(conflictId)
                .orElseThrow(() -> scope.notFound("conflict.handle", "PlanningConflict", conflictId));
        conflict.requireVersion(expectedVersion);
        return conflict;
    }
}
