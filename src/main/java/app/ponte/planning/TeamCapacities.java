package app.ponte.planning;

import app.ponte.audit.AdministrativeChange;
import app.ponte.base.RejectedInputException;
import app.ponte.base.Versioned;
import app.ponte.organisation.TeamDirectory;
import app.ponte.security.TeamOnly;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The team's capacity: days per week each active team member gives to requests; the schedule follows. */
@Service
@Transactional(readOnly = true)
public class TeamCapacities {

    public static final BigDecimal MOST_DAYS = BigDecimal.valueOf(5);

    private final TeamCapacityRepository capacities;
    private final TeamDirectory team;
    private final Scheduler scheduler;
    private final BacklogKeeper keeper;
    private final ApplicationEventPublisher events;
    private final BacklogItemRepository items;
    private final ScoreRecalculation recalculation;

    TeamCapacities(TeamCapacityRepository capacities, TeamDirectory team, Scheduler scheduler, BacklogKeeper keeper,
            ApplicationEventPublisher events, BacklogItemRepository items, ScoreRecalculation recalculation) {
        this.events = events;
        this.items = items;
        this.recalculation = recalculation;
        this.capacities = capacities;
        this.team = team;
        this.scheduler = scheduler;
        this.keeper = keeper;
    }

    @TeamOnly
    public List<CapacityEntry> list() {
        Map<Long, TeamCapacity> set = capacities.findAll().stream()
                .collect(Collectors.toMap(TeamCapacity::getAccountId, Function.identity()));
        return team.activeTeamPeople().stream().map(person -> {
            TeamCapacity capacity = set.get(person.accountId());
            return new CapacityEntry(person.accountId(), person.displayName(), person.email(),
                    capacity == null ? BigDecimal.ZERO : capacity.getDaysPerWeek(),
                    capacity == null ? null : capacity.getVersion());
        }).toList();
    }

    @TeamOnly
    public BigDecimal teamDaysPerWeek() {
        return scheduler.teamDaysPerWeek();
    }

    /**
     * Capacity committed against available per week over the next {@code weeks} weeks, from this week: the work the
     * schedule placed (one sum over the scheduled items) spent as the schedule spends it ({@link Schedule#weeklyLoad}).
     */
    @TeamOnly
    public List<CapacityWeek> outlook(int weeks) {
        return Schedule.weeklyLoad(items.sumScheduledLikelyDays(BacklogItem.UNASSESSED_EFFORT),
                scheduler.teamDaysPerWeek(), recalculation.today(), weeks);
    }

    /** Sets a team member's days (0 to 5, in half days) and places accepted work again. */
    @TeamOnly
    @Transactional
    public void set(long accountId, @Nullable BigDecimal daysPerWeek, @Nullable Long expectedVersion) {
        if (!team.isActiveTeamPerson(accountId)) {
            throw new RejectedInputException("days", "planning.error.not-team");
        }
        if (daysPerWeek == null || daysPerWeek.signum() < 0 || daysPerWeek.compareTo(MOST_DAYS) > 0
                || daysPerWeek.multiply(BigDecimal.TWO).stripTrailingZeros().scale() > 0) {
            throw new RejectedInputException("days", "planning.error.capacity", MOST_DAYS);
        }
        var existing = capacities.findByAccountId(accountId);
        Versioned.requireVersion(existing, expectedVersion);
        TeamCapacity capacity = existing.orElseGet(() -> new TeamCapacity(accountId));
        String before = existing.map(c -> days(c.getDaysPerWeek())).orElse(null);
        capacity.set(daysPerWeek);
        capacities.saveAndFlush(capacity);
        events.publishEvent(new AdministrativeChange("planning.capacity", "Account", accountId, null, before,
                days(daysPerWeek)));
        keeper.replanAll();
    }

    private static String days(BigDecimal daysPerWeek) {
        return daysPerWeek.stripTrailingZeros().toPlainString() + " days a week";
    }
}
