package app.ponte.planning;

import static app.ponte.planning.PlanningFixtures.LEAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.ponte.H2Test;
import app.ponte.SignedInServiceTest;
import app.ponte.TestClock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** The dashboards' conflict figures: counted in the database, equal to the lists they lead to, scoped per side. */
@H2Test
class ConflictOverviewTest extends SignedInServiceTest {

    @Autowired
    ConflictOverview overview;
    @Autowired
    Conflicts conflicts;
    @Autowired
    OpenConflictsSignal signal;
    @Autowired
    PlanningFixtures fixtures;
    @Autowired
    TestClock clock;

    @Test
    void each_kinds_figure_equals_the_open_list_of_that_kind_and_a_decided_conflict_leaves_both() {
        fixtures.freeze("Sales", "Real-time reporting", clock.today().plusDays(420), clock.today().plusDays(423),
                "Annual meeting");
        long id = fixtures.change("marketing@ponte.test", "Annual meeting wall", clock.today().plusDays(421),
                "Real-time reporting");
        long before = openOf(ConflictKind.FREEZE_CLASH);

        assertFiguresEqualLists();
        ConflictRow row = as(LEAD, () -> conflicts.open(ConflictKind.FREEZE_CLASH, PageRequest.of(0, 1000)))
                .stream().filter(r -> r.requestId() == id).findFirst().orElseThrow();
        as(LEAD, () -> {
            conflicts.acceptRisk(row.id(), "A static wall", row.version());
            return null;
        });

        assertThat(openOf(ConflictKind.FREEZE_CLASH)).isEqualTo(before - 1);
        assertFiguresEqualLists();
    }

    @Test
    void the_next_decisions_come_nearest_first_with_both_organisations_named_for_the_team() {
        List<DecisionDue> due = as(LEAD, () -> overview.nextDecisions(5));

        assertThat(due).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        assertThat(due).extracting(DecisionDue::decideBy).isSorted();
        assertThat(due).anySatisfy(decision -> {
            assertThat(decision.requesterOrganisation()).isEqualTo("Marketing");
            assertThat(decision.affectedOrganisation()).isEqualTo("Sales");
            assertThat(decision.systemName()).isEqualTo("Real-time reporting");
        });
    }

    @Test
    void a_client_reads_its_own_conflict_and_the_other_side_reads_its_window_without_the_request() {
        fixtures.freeze("Meridian Bank", "Invoicing", clock.today().plusDays(430), clock.today().plusDays(433),
                "Regulator audit of Meridian");
        long id = fixtures.change("ana@aurora.test", "Invoice export for the audit", clock.today().plusDays(431),
                "Invoicing");

        ConflictsInvolving aurora = as("ana@aurora.test", () -> overview.involvingMine(100));
        assertThat(aurora.shown()).anySatisfy(concern -> {
            assertThat(concern.requestId()).isEqualTo(id);
            assertThat(concern.notice().kind()).isEqualTo(ConflictKind.FREEZE_CLASH);
            assertThat(concern.notice().systemName()).isEqualTo("Invoicing");
        });
        assertThat(aurora.shown()).allSatisfy(concern -> assertThat(concern.toString())
                .doesNotContain("Meridian", "Regulator"));

        ConflictsInvolving meridian = as("rita@meridian.test", () -> overview.involvingMine(100));
        assertThat(meridian.shown()).anySatisfy(concern -> {
            assertThat(concern.ownRequest()).isFalse();
            assertThat(concern.requestTitle()).isNull();
            assertThat(concern.notice().startsOn()).isEqualTo(clock.today().plusDays(430));
        });
        assertThat(meridian.shown()).noneSatisfy(concern -> assertThat(concern.requestId()).isEqualTo(id));
    }

    @Test
    void marketing_reads_its_own_conflict_with_the_decision_date_and_sales_sees_none_of_marketings_requests() {
        ConflictsInvolving marketing = as("marketing@ponte.test", () -> overview.involvingMine(100));
        assertThat(marketing.shown()).anySatisfy(concern -> {
            assertThat(concern.ownRequest()).isTrue();
            assertThat(concern.notice().handling()).isEqualTo(ConflictHandling.DECISION_ASKED);
            assertThat(concern.notice().decideBy()).isNotNull();
        });
        assertThat(as("sales@ponte.test", () -> overview.involvingMine(100)).shown())
                .isNotEmpty().allSatisfy(concern -> assertThat(concern.requestTitle()).isNull());
    }

    @Test
    void the_signal_counts_each_organisations_open_conflicts_as_its_own_dashboard_does() {
        Map<Long, Long> measured = signal.measure(Instant.now(clock));

        for (String email : List.of("marketing@ponte.test", "sales@ponte.test", "ops@ponte.test",
                "ana@aurora.test")) {
            ConflictsInvolving mine = as(email, () -> overview.involvingMine(1));
            long organisation = fixtures.organisationId(switch (email) {
                case "marketing@ponte.test" -> "Marketing";
                case "sales@ponte.test" -> "Sales";
                case "ops@ponte.test" -> "Operations";
                default -> "Aurora Commerce";
            });
            assertThat(measured.getOrDefault(organisation, 0L)).as(email).isEqualTo(mine.total());
        }
        assertThat(measured.get(fixtures.organisationId("Marketing"))).isPositive();
        assertThat(signal.levelOf(1)).isEqualTo(app.ponte.dashboard.HealthLevel.WARN);
        assertThat(signal.levelOf(3)).isEqualTo(app.ponte.dashboard.HealthLevel.ALERT);
    }

    @Test
    void the_team_figures_are_the_teams_and_a_requesters_list_is_the_requesters() {
        assertThat(catchThrowable(() -> as("ana@aurora.test", () -> overview.openByKind())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(catchThrowable(() -> as("ana@aurora.test", () -> overview.nextDecisions(5))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(catchThrowable(() -> as(LEAD, () -> overview.involvingMine(5))))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void assertFiguresEqualLists() {
        for (ConflictCount count : as(LEAD, () -> overview.openByKind())) {
            assertThat(count.count()).as(count.kind().name()).isEqualTo((long) as(LEAD,
                    () -> conflicts.open(count.kind(), PageRequest.of(0, 10_000)).getNumberOfElements()));
        }
    }

    private long openOf(ConflictKind kind) {
        return as(LEAD, () -> overview.openByKind()).stream().filter(c -> c.kind() == kind).findFirst()
                .orElseThrow().count();
    }
}
