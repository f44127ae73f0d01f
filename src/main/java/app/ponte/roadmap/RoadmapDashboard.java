package app.ponte.roadmap;

import app.ponte.planning.Backlog;
import app.ponte.planning.PlannedFinish;
import app.ponte.security.AnyoneSignedIn;
import app.ponte.security.OrganisationScope;
import app.ponte.security.TeamOnly;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roadmap's figures for the dashboards, each from one aggregate or projection query: what is coming for an
 * organisation and how its promises turned out by month (the team reads any organisation's, everybody else their
 * own), the milestones at risk and the team's throughput. Days, weeks and months are the roadmap's calendar
 * ({@link RoadmapCalendar}, UTC like the planning schedule); weeks start on Monday.
 */
@Service
@Transactional(readOnly = true)
public class RoadmapDashboard {

    private final RoadmapDashboardRepository dashboard;
    private final Backlog backlog;
    private final OrganisationScope scope;
    private final Clock clock;

    RoadmapDashboard(RoadmapDashboardRepository dashboard, Backlog backlog, OrganisationScope scope, Clock clock) {
        this.dashboard = dashboard;
        this.backlog = backlog;
        this.scope = scope;
        this.clock = clock;
    }

    /**
     * The organisation's next milestones: the open ones with a committed day among those it reads on its roadmap
     * ({@link MilestoneRepository#READ_BY}), soonest first (one already overdue comes first), at most {@code limit}.
     */
    @AnyoneSignedIn
    public List<ComingMilestone> coming(long organisationId, int limit) {
        return dashboard.findComing(scope.require(organisationId, "roadmap.dashboard.coming"),
                PageRequest.of(0, Math.max(1, limit)));
    }

    /**
     * How the promises to the organisation turned out, by the month of their first day told, over the last
     * {@code months} months, the running one included (oldest first, every month present): on time by the ledger's
     * rule ({@link PromiseFacts#keptOnTime}) and late ({@link PromiseFacts#late}).
     */
    @AnyoneSignedIn
    public List<PromiseMonth> promisesByMonth(long organisationId, int months) {
        long organisation = scope.require(organisationId, "roadmap.dashboard.promises");
        LocalDate today = RoadmapCalendar.today(clock);
        YearMonth last = YearMonth.from(today);
        YearMonth first = last.minusMonths(Math.max(1, months) - 1L);
        Map<YearMonth, long[]> counts = new TreeMap<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            counts.put(month, new long[2]);
        }
        for (Object[] row : dashboard.countDue(organisation, first.atDay(1), last.atEndOfMonth())) {
            LocalDate firstPromisedOn = (LocalDate) row[0];
            LocalDate deliveredOn = (LocalDate) row[1];
            long promises = ((Number) row[2]).longValue();
            long[] month = counts.get(YearMonth.from(firstPromisedOn));
            if (PromiseFacts.keptOnTime(firstPromisedOn, deliveredOn)) {
                month[0] += promises;
            } else if (PromiseFacts.late(firstPromisedOn, deliveredOn, today)) {
                month[1] += promises;
            }
        }
        return counts.entrySet().stream()
                .map(month -> new PromiseMonth(month.getKey(), month.getValue()[0], month.getValue()[1])).toList();
    }

    /**
     * The open milestones whose likely finish by the schedule ({@link DateProposal#from}) is later than their
     * committed day: how many, and at most {@code limit} of them, most days late first. Two reads: the requests
     * of the open dated milestones, and their schedule from planning.
     */
    @TeamOnly
    public MilestonesAtRisk atRisk(int limit) {
        Map<Long, MilestoneAtRisk> milestones = new LinkedHashMap<>();
        Map<Long, List<Long>> requestsOf = new LinkedHashMap<>();
        for (Object[] row : dashboard.findOpenCommittedRequests()) {
            long id = (Long) row[0];
            LocalDate committed = (LocalDate) row[4];
            milestones.computeIfAbsent(id, key -> new MilestoneAtRisk(key, (Long) row[1], (String) row[2],
                    (String) row[3], committed, committed));
            requestsOf.computeIfAbsent(id, key -> new ArrayList<>()).add((Long) row[5]);
        }
        // The two dates only, in one light read: loading the backlog items (with their systems) of every request of
        // every open milestone cost 15,000 entities on the benchmark's data (docs/benchmarks.md, Dashboards).
        Map<Long, PlannedFinish> planned = milestones.isEmpty() ? Map.of()
                : backlog.plannedFinishes(requestsOf.values().stream().flatMap(List::stream)
                        .collect(Collectors.toSet())).stream()
                        .collect(Collectors.toMap(PlannedFinish::requestId, Function.identity()));
        List<MilestoneAtRisk> late = new ArrayList<>();
        milestones.forEach((id, milestone) -> {
            DateProposal proposal = DateProposal.fromFinishes(requestsOf.get(id).stream().map(planned::get)
                    .filter(Objects::nonNull).toList());
            if (proposal != null && proposal.likely().isAfter(milestone.committedOn())) {
                late.add(new MilestoneAtRisk(id, milestone.initiativeId(), milestone.initiative(),
                        milestone.milestone(), milestone.committedOn(), proposal.likely()));
            }
        });
        late.sort(Comparator.comparingLong(MilestoneAtRisk::daysLate).reversed()
                .thenComparing(MilestoneAtRisk::committedOn).thenComparingLong(MilestoneAtRisk::milestoneId));
        return new MilestonesAtRisk(late.size(), late.subList(0, Math.min(late.size(), Math.max(0, limit))));
    }

    /**
     * Milestones delivered, and the requests they delivered, per Monday week over the last {@code weeks} weeks, the
     * running one included, oldest first, every week present.
     */
    @TeamOnly
    public List<DeliveredWeek> deliveredByWeek(int weeks) {
        LocalDate today = RoadmapCalendar.today(clock);
        LocalDate lastMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate firstMonday = lastMonday.minusWeeks(Math.max(1, weeks) - 1L);
        Map<LocalDate, long[]> counts = new TreeMap<>();
        for (LocalDate monday = firstMonday; !monday.isAfter(lastMonday); monday = monday.plusWeeks(1)) {
            counts.put(monday, new long[2]);
        }
        for (Object[] row : dashboard.countDelivered(firstMonday, lastMonday.plusDays(6))) {
            long[] week = counts.get(((LocalDate) row[0]).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
            week[0] += ((Number) row[1]).longValue();
            week[1] += ((Number) row[2]).longValue();
        }
        return counts.entrySet().stream()
                .map(week -> new DeliveredWeek(week.getKey(), week.getValue()[0], week.getValue()[1])).toList();
    }
}
