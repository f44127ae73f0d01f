package app.ponte.roadmap;

import static app.ponte.planning.PlanningFixtures.LEAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.ponte.H2Test;
import app.ponte.SignedIn;
import app.ponte.SignedInServiceTest;
import app.ponte.TestClock;
import app.ponte.planning.Confidence;
import app.ponte.planning.PlanningFixtures;
import app.ponte.security.NotFoundInScopeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The roadmap's dashboard figures on the demo data: scoped to the reader, equal to the pages they lead to. */
@H2Test
class RoadmapDashboardTest extends SignedInServiceTest {

    private static final String ANA = "ana@aurora.test";
    private static final String RITA = "rita@meridian.test";
    private static final String MARKETING = "marketing@ponte.test";

    @Autowired
    RoadmapDashboard dashboard;
    @Autowired
    PromiseLedger promises;
    @Autowired
    RoadmapReading roadmap;
    @Autowired
    PlanningFixtures fixtures;
    @Autowired
    SharedInitiatives shared;
    @Autowired
    Initiatives initiatives;
    @Autowired
    MilestoneScope scope;
    @Autowired
    MilestoneDates dates;
    @Autowired
    PromisesSlipped slipped;
    @Autowired
    TestClock clock;

    @Test
    void a_clients_next_milestones_are_the_open_dated_ones_its_roadmap_shows_and_never_another_clients() {
        shared.create("Dashboard gateway", false);
        long aurora = fixtures.organisationId("Aurora Commerce");
        long meridian = fixtures.organisationId("Meridian Bank");

        List<String> auroras = titles(as(ANA, () -> dashboard.coming(aurora, 100)));
        assertThat(auroras).isEqualTo(openDatedOnRoadmap(ANA))
                .contains("Aurora pick lists", "Order-status webhook", "Read endpoints")
                .doesNotContain("Meridian ledger sync", "Scheduled campaign reports");
        assertThat(titles(as(RITA, () -> dashboard.coming(meridian, 100)))).isEqualTo(openDatedOnRoadmap(RITA))
                .contains("Meridian ledger sync").doesNotContain("Aurora pick lists", "Order-status webhook");
        assertThat(as(ANA, () -> dashboard.coming(aurora, 2))).hasSize(2);
    }

    @Test
    void a_department_sees_its_own_milestones_not_another_departments_or_a_clients() {
        long marketing = fixtures.organisationId("Marketing");
        assertThat(titles(as(MARKETING, () -> dashboard.coming(marketing, 100))))
                .isEqualTo(openDatedOnRoadmap(MARKETING))
                .contains("Scheduled campaign reports").doesNotContain("Order-status webhook");
        assertThat(catchThrowable(() -> as(MARKETING, () -> dashboard.promisesByMonth(
                fixtures.organisationId("Sales"), 12)))).isInstanceOf(NotFoundInScopeException.class);
    }

    @Test
    void a_requester_asking_for_another_organisations_figures_is_answered_not_found() {
        long meridian = fixtures.organisationId("Meridian Bank");
        assertThat(catchThrowable(() -> as(ANA, () -> dashboard.coming(meridian, 5))))
                .isInstanceOf(NotFoundInScopeException.class);
        assertThat(catchThrowable(() -> as(ANA, () -> dashboard.promisesByMonth(meridian, 12))))
                .isInstanceOf(NotFoundInScopeException.class);
    }

    @Test
    void promises_by_month_count_what_the_organisations_ledger_shows_for_the_same_months() {
        shared.create("Ledger months", false);
        Map<String, String> organisations = Map.of(ANA, "Aurora Commerce", RITA, "Meridian Bank", MARKETING,
                "Marketing");
        for (String reader : organisations.keySet()) {
            long organisation = fixtures.organisationId(organisations.get(reader));
            List<PromiseMonth> months = as(reader, () -> dashboard.promisesByMonth(organisation, 12));
            assertThat(months).as(reader).isEqualTo(fromLedger(reader, organisation, months.getFirst().month()));
        }
        long aurora = fixtures.organisationId("Aurora Commerce");
        assertThat(as(ANA, () -> dashboard.promisesByMonth(aurora, 12))).as("the demo's promise kept on time")
                .anySatisfy(month -> assertThat(month.onTime()).isPositive());
    }

    @Test
    void the_teams_recent_delivery_record_is_the_promises_pages_record_for_the_same_months() {
        YearMonth first = YearMonth.from(clock.today()).minusMonths(11);
        List<DeliveryRecord> recent = as(LEAD, () -> promises.recentDeliveryRecord(12));
        assertThat(recent).isNotEmpty().isEqualTo(as(LEAD, () -> promises.deliveryRecord()).stream()
                .filter(r -> !r.month().isBefore(first)).toList());
    }

    @Test
    void a_milestone_committed_before_the_schedules_likely_finish_is_at_risk_until_its_date_follows_the_plan() {
        long request = fixtures.change("ops@ponte.test", "Yard dashboard", clock.today().plusDays(150), "Orders API");
        fixtures.plan(request, "3");
        long milestone = as(LEAD, () -> {
            long initiative = initiatives.createInitiative(new InitiativeDraft("Yard visibility", null, false,
                    Confidence.MEDIUM, clock.today().plusDays(400)));
            long id = initiatives.addMilestone(initiative, new MilestoneDraft("Yard screen", "The yard at a glance"));
            scope.link(id, request);
            return id;
        });
        LocalDate likely = as(LEAD, () -> dates.proposal(milestone)).orElseThrow().likely();
        LocalDate committed = clock.today();
        assertThat(likely).as("the schedule puts the work after today").isAfter(committed);
        SignedIn.run(users, LEAD, () -> dates.commit(milestone, committed, "The client needs it now", version(milestone)));

        MilestonesAtRisk atRisk = as(LEAD, () -> dashboard.atRisk(1000));
        assertThat(atRisk.count()).isEqualTo(atRisk.worst().size());
        assertThat(atRisk.worst()).filteredOn(m -> m.milestoneId() == milestone).singleElement().satisfies(m -> {
            assertThat(m.committedOn()).isEqualTo(committed);
            assertThat(m.proposedOn()).isEqualTo(likely);
            assertThat(m.daysLate()).isEqualTo(ChronoUnit.DAYS.between(committed, likely));
        });

        SignedIn.run(users, LEAD, () -> dates.commit(milestone, likely, "Back to the plan", version(milestone)));
        MilestonesAtRisk after = as(LEAD, () -> dashboard.atRisk(1000));
        assertThat(after.worst()).noneMatch(m -> m.milestoneId() == milestone);
        assertThat(after.count()).isEqualTo(atRisk.count() - 1);
    }

    @Test
    void a_milestone_delivered_today_counts_in_this_weeks_throughput_with_its_request() {
        DeliveredWeek before = as(LEAD, () -> dashboard.deliveredByWeek(12)).getLast();
        SharedInitiatives.Shared made = shared.create("Throughput gateway", false);
        shared.deliver(made.aurora());

        List<DeliveredWeek> weeks = as(LEAD, () -> dashboard.deliveredByWeek(12));
        assertThat(weeks).hasSize(12);
        assertThat(weeks.getLast().monday()).isEqualTo(before.monday());
        assertThat(weeks.getLast().milestones()).isEqualTo(before.milestones() + 1);
        assertThat(weeks.getLast().requests()).isEqualTo(before.requests() + 1);
    }

    @Test
    void the_promises_slipped_signal_counts_a_moved_promise_for_its_own_organisation_only() {
        long aurora = fixtures.organisationId("Aurora Commerce");
        long meridian = fixtures.organisationId("Meridian Bank");
        Map<Long, Long> before = slipped.measure(clock.instant());
        assertThat(before.getOrDefault(aurora, 0L)).as("the demo's webhook moved 12 days ago").isPositive();

        shared.create("Signal gateway", false); // Meridian's date moved once, Aurora's not

        Map<Long, Long> after = slipped.measure(clock.instant());
        assertThat(after.getOrDefault(meridian, 0L)).isEqualTo(before.getOrDefault(meridian, 0L) + 1);
        assertThat(after.getOrDefault(aurora, 0L)).isEqualTo(before.getOrDefault(aurora, 0L));
        assertThat(slipped.levelOf(1)).isEqualTo(app.ponte.dashboard.HealthLevel.WARN);
        assertThat(slipped.levelOf(3)).isEqualTo(app.ponte.dashboard.HealthLevel.ALERT);
    }

    /** The open milestones with a committed day on the reader's roadmap page, soonest first. */
    private List<String> openDatedOnRoadmap(String reader) {
        return as(reader, () -> roadmap.initiatives(null, null, null, PageRequest.of(0, 500))).stream()
                .flatMap(i -> i.milestones().stream())
                .filter(m -> EnumSet.of(DeliveryStatus.PLANNED, DeliveryStatus.IN_PROGRESS).contains(m.status()))
                .filter(m -> m.committedOn() != null)
                .sorted(Comparator.comparing(InitiativeOverview.MilestoneOverview::committedOn)
                        .thenComparing(InitiativeOverview.MilestoneOverview::id))
                .map(InitiativeOverview.MilestoneOverview::title).toList();
    }

    /** The same months counted from the ledger page's own lines and states. */
    private List<PromiseMonth> fromLedger(String reader, long organisation, YearMonth first) {
        LocalDate today = clock.today();
        Map<YearMonth, long[]> counts = new TreeMap<>();
        for (YearMonth m = first; !m.isAfter(YearMonth.from(today)); m = m.plusMonths(1)) {
            counts.put(m, new long[2]);
        }
        for (PromiseEntry entry : as(reader, () -> promises.ledger(organisation, PageRequest.of(0, 5000)))) {
            long[] month = counts.get(YearMonth.from(entry.firstPromisedOn()));
            if (month == null) {
                continue;
            }
            if (entry.state() == PromiseState.KEPT_ON_TIME) {
                month[0]++;
            } else if (entry.firstPromisedOn().isBefore(today)) {
                month[1]++;
            }
        }
        return counts.entrySet().stream().map(e -> new PromiseMonth(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }

    private static List<String> titles(List<ComingMilestone> coming) {
        return coming.stream().map(ComingMilestone::milestone).toList();
    }

    private long version(long milestone) {
        return as(LEAD, () -> dates.plan(milestone).milestone().version());
    }
}
