package app.ponte.planning;

import static app.ponte.planning.PlanningFixtures.LEAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.ponte.H2Test;
import app.ponte.SignedIn;
import app.ponte.SignedInServiceTest;
import app.ponte.TestClock;
import app.ponte.base.NotificationLine.Argument;
import app.ponte.base.RejectedInputException;
import app.ponte.notification.NotificationCenter;
import app.ponte.request.Severity;
import app.ponte.security.NotFoundInScopeException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** Conflicts are found as requests, windows and the schedule change, handled by the team, told to requesters. */
@H2Test
class ConflictsTest extends SignedInServiceTest {

    @Autowired
    Conflicts conflicts;
    @Autowired
    Backlog backlog;
    @Autowired
    TeamCapacities capacities;
    @Autowired
    PlanningFixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    NotificationCenter notifications;

    @Test
    void a_change_asked_inside_another_departments_freeze_is_a_conflict_the_requester_reads_in_plain_words() {
        fixtures.freeze("Sales", "Real-time reporting", clock.today().plusDays(300), clock.today().plusDays(306),
                "Half-year close");
        long id = fixtures.change("marketing@ponte.test", "Summer campaign live board", clock.today().plusDays(303),
                "Real-time reporting");

        ConflictRow row = conflictOf(id);
        assertThat(row.kind()).isEqualTo(ConflictKind.FREEZE_CLASH);
        assertThat(row.requesterOrganisation()).isEqualTo("Marketing");
        assertThat(row.affectedOrganisation()).isEqualTo("Sales");
        assertThat(row.systemName()).isEqualTo("Real-time reporting");
        assertThat(row.windowReason()).isEqualTo("Half-year close");

        List<ConflictNotice> notices = as("marketing@ponte.test", () -> conflicts.notices(id));
        assertThat(notices).singleElement().satisfies(notice -> {
            assertThat(notice.kind()).isEqualTo(ConflictKind.FREEZE_CLASH);
            assertThat(notice.startsOn()).isEqualTo(clock.today().plusDays(300));
        });
        assertThat(catchThrowable(() -> as("sales@ponte.test", () -> conflicts.notices(id))))
                .isInstanceOf(NotFoundInScopeException.class);

        as(LEAD, () -> {
            conflicts.askForDecision(row.id(), clock.today().plusDays(10), "Talking to both heads", row.version());
            return null;
        });
        assertThat(as("marketing@ponte.test", () -> conflicts.notices(id))).singleElement().satisfies(notice -> {
            assertThat(notice.handling()).isEqualTo(ConflictHandling.DECISION_ASKED);
            assertThat(notice.decideBy()).isEqualTo(clock.today().plusDays(10));
        });
        assertThat(as("marketing@ponte.test", () -> notifications.latest(5))).anySatisfy(line ->
                assertThat(line.arguments()).contains(Argument.date(clock.today().plusDays(10))));

        ConflictRow asked = conflictOf(id);
        assertThat(refusal(() -> conflicts.reschedule(asked.id(), clock.today().plusDays(301), null, asked.version()))
                .messageKey()).isEqualTo("conflict.error.target-in-freeze");
        as(LEAD, () -> {
            conflicts.reschedule(asked.id(), clock.today().plusDays(310), "After the close", asked.version());
            return null;
        });
        assertThat(activeFor(id)).isEmpty();
        assertThat(as("marketing@ponte.test", () -> conflicts.notices(id))).isEmpty();
    }

    @Test
    void a_freeze_declared_after_the_request_finds_the_conflict() {
        long id = fixtures.change("marketing@ponte.test", "Autumn teaser board", clock.today().plusDays(320),
                "Real-time reporting");
        assertThat(activeFor(id)).isEmpty();

        fixtures.freeze("Sales", "Real-time reporting", clock.today().plusDays(318), clock.today().plusDays(322), "Audit");
        assertThat(activeFor(id)).extracting(ConflictRow::kind).containsExactly(ConflictKind.FREEZE_CLASH);
    }

    @Test
    void accepting_the_risk_needs_a_note_and_only_the_team_handles_conflicts() {
        fixtures.freeze("Sales", "Real-time reporting", clock.today().plusDays(330), clock.today().plusDays(333), "Fair");
        long id = fixtures.change("marketing@ponte.test", "Fair leads board", clock.today().plusDays(331),
                "Real-time reporting");
        ConflictRow row = conflictOf(id);

        assertThat(refusal(() -> conflicts.acceptRisk(row.id(), " ", row.version())).messageKey())
                .isEqualTo("conflict.error.note-required");
        assertThat(catchThrowable(() -> SignedIn.run(users, "marketing@ponte.test",
                () -> conflicts.acceptRisk(row.id(), "Mine", row.version())))).isInstanceOf(AccessDeniedException.class);
        assertThat(catchThrowable(() -> SignedIn.run(users, "marketing@ponte.test",
                () -> conflicts.active(PageRequest.of(0, 10))))).isInstanceOf(AccessDeniedException.class);

        as(LEAD, () -> {
            conflicts.acceptRisk(row.id(), "Read-only board, no deploy to reporting", row.version());
            return null;
        });
        assertThat(conflictOf(id).handling()).isEqualTo(ConflictHandling.RISK_ACCEPTED);
    }

    @Test
    void accepted_work_that_capacity_cannot_finish_by_its_date_is_a_capacity_conflict_and_moving_a_bug_up_shows_slips() {
        long teamMember = SignedIn.as(users, LEAD, () -> capacities.list()).stream()
                .filter(c -> c.email().equals("dev@ponte.test")).findFirst().orElseThrow().accountId();
        var entry = SignedIn.as(users, LEAD, () -> capacities.list()).stream()
                .filter(c -> c.accountId() == teamMember).findFirst().orElseThrow();
        as(LEAD, () -> {
            capacities.set(teamMember, new BigDecimal("0.5"), entry.version());
            return null;
        });
        try {
            aFeatureShortOfCapacityAndABugMovedUp();
        } finally {
            restoreCapacity(teamMember, entry.daysPerWeek());
        }
    }

    private void aFeatureShortOfCapacityAndABugMovedUp() {
        long feature = fixtures.change("ops@ponte.test", "Warehouse picking report", clock.today().plusDays(15),
                "Orders API");
        fixtures.plan(feature, "8");
        assertThat(activeFor(feature)).extracting(ConflictRow::kind).contains(ConflictKind.CAPACITY);

        long bug = fixtures.bug("finance@ponte.test", "Invoices rejected by the tax office", Severity.CRITICAL,
                "Invoicing");
        fixtures.plan(bug, "2");
        ScoreCard bugCard = as(LEAD, () -> backlog.card(bug));
        ScoreCard featureCard = as(LEAD, () -> backlog.card(feature));
        assertThat(featureCard.plannedFinish()).isNotNull();
        assertThat(refusal(() -> conflicts.reschedule(conflictOf(feature).id(), clock.today().minusDays(1), null,
                conflictOf(feature).version())).messageKey()).isEqualTo("conflict.error.target-past");
        assertThat(bugCard.lane()).isEqualTo(Lane.SUPPORT);
        int last = as(LEAD, () -> backlog.board(Lane.SUPPORT, BacklogFilter.NONE, PageRequest.of(0, 1000)))
                .getContent().size();
        List<Slip> slips = as(LEAD, () -> backlog.preview(bug, last));
        assertThat(slips).anySatisfy(slip -> {
            assertThat(slip.requestId()).isEqualTo(bug);
            assertThat(slip.days()).isPositive();
            assertThat(slip.finishAfter()).isAfter(slip.finishBefore());
        });
    }

    /** Capacity is shared by every test: what a test changed goes back. */
    private void restoreCapacity(long accountId, BigDecimal daysPerWeek) {
        var now = SignedIn.as(users, LEAD, () -> capacities.list()).stream()
                .filter(c -> c.accountId() == accountId).findFirst().orElseThrow();
        as(LEAD, () -> {
            capacities.set(accountId, daysPerWeek, now.version());
            return null;
        });
    }

    private ConflictRow conflictOf(long requestId) {
        return activeFor(requestId).getFirst();
    }

    private List<ConflictRow> activeFor(long requestId) {
        return as(LEAD, () -> conflicts.active(PageRequest.of(0, 500))).stream()
                .filter(r -> r.requestId() == requestId).toList();
    }

    private RejectedInputException refusal(Runnable work) {
        return (RejectedInputException) catchThrowable(() -> SignedIn.run(users, LEAD, work));
    }
}
