package app.ponte.planning;

import app.ponte.audit.AdministrativeChange;
import app.ponte.base.NotificationLine.Argument;
import app.ponte.base.LikePattern;
import app.ponte.base.Reason;
import app.ponte.base.RejectedInputException;
import app.ponte.notification.NotificationEvent;
import app.ponte.organisation.OrganisationNames;
import app.ponte.request.RequestFollowers;
import app.ponte.security.CurrentUser;
import app.ponte.security.OrganisationScope;
import app.ponte.security.TeamOnly;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team's backlog board: every open request of every organisation, ranked, with the reasons; the
 * team's inputs to a score; manual re-ranking with a reason, the consequences shown before saving and the
 * organisations concerned told after. Team and admins only.
 */
@Service
@Transactional(readOnly = true)
@TeamOnly
public class Backlog {

    private final BacklogItemRepository items;
    private final RankMoveRepository moves;
    private final ScoringWeightsRepository weights;
    private final Scheduler scheduler;
    private final BacklogKeeper keeper;
    private final RequestFollowers followers;
    private final CurrentUser currentUser;
    private final OrganisationScope scope;
    private final OrganisationNames names;
    private final ScoreRecalculation recalculation;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Backlog(BacklogItemRepository items, RankMoveRepository moves, ScoringWeightsRepository weights,
            Scheduler scheduler, BacklogKeeper keeper, RequestFollowers followers,
            CurrentUser currentUser, OrganisationScope scope, OrganisationNames names,
            ScoreRecalculation recalculation, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.items = items;
        this.moves = moves;
        this.weights = weights;
        this.scheduler = scheduler;
        this.keeper = keeper;
        this.followers = followers;
        this.currentUser = currentUser;
        this.scope = scope;
        this.names = names;
        this.recalculation = recalculation;
        this.clock = clock;
    }

    /** One page of a lane, best first; positions are the item's place in the whole lane, filters or not. */
    @TeamOnly
    public Slice<BacklogRow> board(Lane lane, BacklogFilter filter, Pageable pageable) {
        // The page as asked: asking for one more row per page would shift the offset of every later page and
        // skip rows (a lazy grid asks for pages of any size). A full page says there may be more.
        Pageable page = pageable;
        List<Long> ids = filter.systemId() == null
                ? items.findBoardIds(lane, filter.organisationId(), filter.status(), filter.kind(), page)
                : items.findBoardIdsOnSystem(filter.systemId(), lane, filter.organisationId(), filter.status(),
                        filter.kind(), page);
        boolean more = ids.size() == pageable.getPageSize();
        return new SliceImpl<>(rows(ids, filter.isEmpty() ? (int) pageable.getOffset() : -1), pageable, more);
    }

    /**
     * The other open requests of the request's lane whose title holds the text, best first: those a request
     * can be moved above or below.
     */
    @TeamOnly
    public Slice<BacklogRow> others(long requestId, String text, Pageable pageable) {
        BacklogItem item = item("backlog.others", requestId);
        String pattern = LikePattern.contains(text.strip().toLowerCase(Locale.ROOT));
        List<Long> ids = items.findOthersTitled(item.getLane(), item.getId(), pattern, pageable);
        return new SliceImpl<>(rows(ids, -1), pageable, ids.size() == pageable.getPageSize());
    }

    /**
     * The position a request takes to land right above (or below) another request of its lane, as positions
     * stand now: the position to preview and move to.
     */
    @TeamOnly
    public int positionNextTo(long requestId, long otherRequestId, boolean above) {
        BacklogItem item = item("backlog.preview", requestId);
        BacklogItem other = item("backlog.preview", otherRequestId);
        if (other.getId().equals(item.getId()) || other.getLane() != item.getLane() || !other.isOpen()) {
            throw new RejectedInputException("other", "planning.error.other");
        }
        int current = position(item);
        int next = position(other);
        // Without the moved request, the other one moves up by one if it was below it.
        int otherWithout = next > current ? next - 1 : next;
        return above ? otherWithout : otherWithout + 1;
    }

    /** Rows in the order of the ids; positions count on from {@code offset}, or are each looked up if negative. */
    private List<BacklogRow> rows(List<Long> shown, int offset) {
        Map<Long, BacklogItem> byId = shown.isEmpty() ? Map.of() : items.findByIdIn(shown).stream()
                .collect(Collectors.toMap(BacklogItem::getId, Function.identity()));
        Map<Long, RankMove> lastMoves = new HashMap<>();
        if (!shown.isEmpty()) {
            moves.findLatestFirst(shown).forEach(m -> lastMoves.putIfAbsent(m.itemId(), m));
        }
        Map<Long, String> organisations = names.names(byId.values().stream().map(BacklogItem::getOrganisationId)
                .collect(Collectors.toSet()));
        Map<Long, RankMoveEntry> lastEntries = entries(lastMoves);
        List<BacklogRow> rows = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            BacklogItem item = byId.get(shown.get(i));
            int position = offset >= 0 ? offset + i + 1 : position(item);
            rows.add(new BacklogRow(item.getRequestId(), position, item.getTitle(),
                    organisations.get(item.getOrganisationId()),
                    item.getKind(), item.getStatus(), item.getSeverity(), item.getEffectiveScore(),
                    item.getComputedScore(), item.getManualScore() != null, lastEntries.get(item.getId()),
                    item.getDeadline(), item.getPlannedFinish(), item.getVersion()));
        }
        return rows;
    }

    /** Where an open request stands in its lane ("#4 of 23"); empty when it is not open or not in the backlog. */
    @TeamOnly
    public Optional<BacklogPlace> place(long requestId) {
        return items.findByRequestId(requestId).filter(BacklogItem::isOpen).map(item -> new BacklogPlace(requestId,
                item.getLane(), position(item), items.countByOpenAndLane(true, item.getLane()),
                item.getPlannedFinish()));
    }

    /** The schedule of some requests in one read (those without a backlog item are left out). */
    @TeamOnly
    public List<PlannedWork> plannedWork(Collection<Long> requestIds) {
        if (requestIds.isEmpty()) {
            return List.of();
        }
        return items.findByRequestIdIn(requestIds).stream().map(item -> new PlannedWork(item.getRequestId(),
                item.getTitle(), item.getEffortLikely(), item.getEffortPessimistic(), item.getPlannedFinish(),
                item.getLatestFinish(), Set.copyOf(item.getSystemIds()))).toList();
    }

    /**
     * The planned finishes of some requests in one light read (those not scheduled are left out): the two dates of
     * {@link #plannedWork}, without loading the items, for thousands of requests at once (the milestones at risk).
     */
    @TeamOnly
    public List<PlannedFinish> plannedFinishes(Collection<Long> requestIds) {
        return requestIds.isEmpty() ? List.of() : items.findPlannedFinishes(requestIds);
    }

    /** The assessed effort of some requests in one light read (those never assessed are left out). */
    @TeamOnly
    public List<RequestEffort> efforts(Collection<Long> requestIds) {
        return requestIds.isEmpty() ? List.of() : items.findEfforts(requestIds);
    }

    /** Why the request ranks where it does. */
    @TeamOnly
    public ScoreCard card(long requestId) {
        BacklogItem item = item("backlog.card", requestId);
        Weights current = weights.getReferenceById(ScoringWeights.THE_ONLY_ROW).toWeights();
        List<RankMove> itemMoves = moves.findLatestFirst(List.of(item.getId()));
        Map<Long, String> movers = movers(itemMoves);
        return ScoreCards.of(item, position(item), current, keeper.deadlineFreezeStart(item),
                itemMoves.stream().map(m -> m.toEntry(movers.get(m.movedById()))).toList(), recalculation.today());
    }

    /** The team's estimates: impact 1 to 5 and its confidence; null leaves an input unrated. */
    @TeamOnly
    @Transactional
    public long rate(long requestId, @Nullable Integer impact, @Nullable Confidence confidence,
            long expectedVersion) {
        BacklogItem item = current("backlog.rate", requestId, expectedVersion);
        if (impact != null && (impact < 1 || impact > 5)) {
            throw new RejectedInputException("impact", "planning.error.impact", 1, 5);
        }
        item.rate(impact, confidence);
        keeper.rescored(item, item.isAccepted());
        return item.getVersion();
    }

    /** What would finish later if the request moved to the position: shown before the move is saved. */
    @TeamOnly
    public List<Slip> preview(long requestId, int toPosition) {
        BacklogItem item = item("backlog.preview", requestId);
        return scheduler.slipsIf(item, scoreAt(item, movedPosition(item, toPosition)));
    }

    /** The position asked for, refused when it is out of the lane or where the request already is. */
    private int movedPosition(BacklogItem item, int toPosition) {
        int to = checkedPosition(item, toPosition);
        int from = position(item);
        if (to == from) {
            throw new RejectedInputException("position", "planning.error.same-position", from);
        }
        return to;
    }

    /**
     * Moves a request to a position of its lane, for a reason everyone concerned reads. The previous
     * position is kept; the request's followers and those of every accepted request that now finishes
     * later are told, with the reason (never with the names of other organisations).
     */
    @TeamOnly
    @Transactional
    public int move(long requestId, int toPosition, String reason, long expectedVersion) {
        BacklogItem item = current("backlog.move", requestId, expectedVersion);
        Reason why = Reason.required(reason, "planning.error.move-reason");
        int from = position(item);
        int to = movedPosition(item, toPosition);
        double score = scoreAt(item, to);
        List<Slip> slips = scheduler.slipsIf(item, score);
        item.placeManually(score);
        keeper.rescored(item, item.isAccepted());
        BacklogItem moved = items.findById(item.getId()).orElseThrow();
        int landed = position(moved);
        moves.save(new RankMove(moved, from, landed, why, currentUser.require().accountId(), clock.instant()));
        audit("backlog.move", moved, "position " + from, "position " + landed + ": " + why.text());
        followers.tell(requestId, NotificationEvent.RANK_CHANGED,
                List.of(Argument.text(String.valueOf(from)), Argument.text(String.valueOf(landed)),
                        Argument.text(why.text())));
        for (Slip slip : slips) {
            followers.tell(slip.requestId(), NotificationEvent.PLAN_SLIPPED, List.of(
                    Argument.date(slip.finishAfter()), Argument.date(slip.finishBefore()), Argument.text(why.text())));
        }
        return landed;
    }

    /** Gives a manually placed request back to its computed score. */
    @TeamOnly
    @Transactional
    public void returnToScore(long requestId, long expectedVersion) {
        BacklogItem item = current("backlog.unpin", requestId, expectedVersion);
        String before = "position " + position(item) + ", placed by hand";
        item.returnToComputedScore();
        keeper.rescored(item, item.isAccepted());
        audit("backlog.unpin", item, before, "position " + position(item) + ", by its score");
    }

    private void audit(String action, BacklogItem item, String before, String after) {
        events.publishEvent(new AdministrativeChange(action, "Request", item.getRequestId(), item.getOrganisationId(),
                before, after));
    }

    private int checkedPosition(BacklogItem item, int toPosition) {
        if (!item.isOpen()) {
            throw new RejectedInputException("position", "planning.error.not-open");
        }
        if (toPosition < 1 || items.findScoresFrom(item.getLane(), item.getId(), PageRequest.of(0, toPosition))
                .size() < toPosition - 1) {
            // Counting the lane is only worth it to say how far it goes.
            throw new RejectedInputException("position", "planning.error.position", 1,
                    items.countByOpenAndLane(true, item.getLane()));
        }
        return toPosition;
    }

    /** A score that puts the item between the neighbours it would have at the position. */
    private double scoreAt(BacklogItem item, int position) {
        List<Double> scores = items.findScoresFrom(item.getLane(), item.getId(), PageRequest.of(0, position));
        if (scores.isEmpty()) {
            return item.getEffectiveScore();
        }
        if (position == 1) {
            return scores.getFirst() + 1;
        }
        double above = scores.get(position - 2);
        return scores.size() >= position ? (above + scores.get(position - 1)) / 2 : above - 1;
    }

    private int position(BacklogItem item) {
        return (int) items.countAhead(item.getLane(), item.getEffectiveScore(), item.getId()) + 1;
    }

    /** Each item's move as shown, the team members named in one read. */
    private Map<Long, RankMoveEntry> entries(Map<Long, RankMove> byItem) {
        Map<Long, String> movers = movers(byItem.values());
        Map<Long, RankMoveEntry> entries = new HashMap<>();
        byItem.forEach((itemId, move) -> entries.put(itemId, move.toEntry(movers.get(move.movedById()))));
        return entries;
    }

    private Map<Long, String> movers(Collection<RankMove> shown) {
        Map<Long, String> movers = new HashMap<>();
        names.people(shown.stream().map(RankMove::movedById).collect(Collectors.toSet()))
                .forEach((id, person) -> movers.put(id, person.displayName()));
        return movers;
    }

    private BacklogItem item(String action, long requestId) {
        return items.findByRequestId(requestId).orElseThrow(() -> scope.notFound(action, "Request", requestId));
    }

    private BacklogItem current(String action, long requestId, long expectedVersion) {
        BacklogItem item = item(action, requestId);
        item.requireVersion(expectedVersion);
        return item;
    }
}
