package app.ponte.planning;

import app.ponte.base.NotificationLine;
import app.ponte.base.RejectedInputException;
import app.ponte.catalogue.FreezeCalendar;
import app.ponte.catalogue.FreezeWindowEntry;
import app.ponte.notification.NotificationEvent;
import app.ponte.request.RequestFollowers;
import app.ponte.request.RequestReading;
import app.ponte.request.RequestVisibility;
import app.ponte.security.AnyoneSignedIn;
import app.ponte.security.OrganisationScope;
import app.ponte.security.TeamOnly;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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

    static final int NOTE_MAX = 1000;

    private final PlanningConflictRepository conflicts;
    private final BacklogKeeper keeper;
    private final FreezeCalendar calendar;
    private final RequestFollowers followers;
    private final RequestReading reading;
    private final OrganisationScope scope;
    private final ScoreRecalculation recalculation;
    private final Clock clock;

    Conflicts(PlanningConflictRepository conflicts, BacklogKeeper keeper, FreezeCalendar calendar,
            RequestFollowers followers, RequestReading reading, OrganisationScope scope, ScoreRecalculation recalculation, Clock clock) {
        this.conflicts = conflicts;
        this.keeper = keeper;
        this.calendar = calendar;
        this.followers = followers;
        this.reading = reading;
        this.scope = scope;
        this.recalculation = recalculation;
        this.clock = clock;
    }

    /** Conflicts found now, newest first. */
    @TeamOnly
    public Slice<ConflictRow> active(Pageable pageable) {
        // One calendar read per system on the page, not per conflict.
        Map<Long, Map<Long, String>> reasonsBySystem = new HashMap<>();
        return conflicts.findActive(pageable).map(conflict -> {
            BacklogItem item = conflict.getItem();
            var system = conflict.getSystem();
            String reason = system == null ? null : reasonsBySystem.computeIfAbsent(system.getId(), this::reasons)
                    .get(conflict.getFreezeWindowId());
            return new ConflictRow(conflict.getId(), conflict.getKind(), item.getRequestId(), item.getTitle(),
                    item.getOrganisation().getName(), conflict.getAffectedOrganisation().getName(),
                    system == null ? null : system.getName(), item.askedDate(), conflict.getStartsOn(),
                    conflict.getEndsOn(), reason, conflict.getHandling(), conflict.getDecideBy(), conflict.getNote(),
                    conflict.getDetectedAt(), conflict.getVersion());
        });
    }

    /** The team will decide by a date; the request's followers are told so, in their language. */
    @TeamOnly
    @Transactional
    public void askForDecision(long conflictId, @Nullable LocalDate decideBy, @Nullable String note,
            long expectedVersion) {
        PlanningConflict conflict = current(conflictId, expectedVersion);
        if (decideBy == null) {
            throw new RejectedInputException("decideBy", "conflict.error.decide-by-required");
        }
        if (decideBy.isBefore(recalculation.today())) {
            throw new RejectedInputException("decideBy", "conflict.error.decide-by-past");
        }
        conflict.handle(ConflictHandling.DECISION_ASKED, decideBy, optionalNote(note), clock.instant());
        conflicts.flush();
        followers.tell(conflict.getItem().getRequestId(), NotificationEvent.DECISION_PENDING,
                List.of(NotificationLine.date(decideBy)));
    }

    /** The team goes ahead knowing the risk; the note says why. */
    @TeamOnly
    @Transactional
    public void acceptRisk(long conflictId, @Nullable String note, long expectedVersion) {
        PlanningConflict conflict = current(conflictId, expectedVersion);
        String why = optionalNote(note);
        if (why == null) {
            throw new RejectedInputException("note", "conflict.error.note-required");
        }
        conflict.handle(ConflictHandling.RISK_ACCEPTED, null, why, clock.instant());
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
        if (targetDate == null) {
            throw new RejectedInputException("targetDate", "conflict.error.target-required");
        }
        if (targetDate.isBefore(recalculation.today())) {
            throw new RejectedInputException("targetDate", "conflict.error.target-past");
        }
        LocalDate start = conflict.getStartsOn();
        LocalDate end = conflict.getEndsOn();
        if (conflict.getKind() != ConflictKind.CAPACITY && start != null && end != null
                && !targetDate.isBefore(start) && !targetDate.isAfter(end)) {
            throw new RejectedInputException("targetDate", "conflict.error.target-in-freeze");
        }
        conflict.handle(ConflictHandling.RESCHEDULED, null, optionalNote(note), clock.instant());
        BacklogItem item = conflict.getItem();
        item.retarget(targetDate);
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
        return conflicts.findActiveForRequest(requestId).stream()
                .map(c -> new ConflictNotice(c.getKind(), c.getSystem() == null ? null : c.getSystem().getName(),
                        c.getStartsOn(), c.getEndsOn(), c.getHandling(), c.getDecideBy()))
                .toList();
    }

    /** Why each window of a system, running or to come, was declared. */
    private Map<Long, String> reasons(long systemId) {
        return calendar.onSystem(systemId, recalculation.today()).stream()
                .collect(Collectors.toMap(FreezeWindowEntry::id, FreezeWindowEntry::reason));
    }

    private PlanningConflict current(long conflictId, long expectedVersion) {
        PlanningConflict conflict = conflicts.findById(conflictId)
                .orElseThrow(() -> scope.notFound("conflict.handle", "PlanningConflict", conflictId));
        conflict.requireVersion(expectedVersion);
        return conflict;
    }

    private static @Nullable String optionalNote(@Nullable String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        if (note.strip().length() > NOTE_MAX) {
            throw new RejectedInputException("note", "conflict.error.note-too-long", NOTE_MAX);
        }
        return note.strip();
    }
}
