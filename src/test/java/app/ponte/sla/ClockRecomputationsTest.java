package app.ponte.sla;

import static app.ponte.sla.ClockworkClient.mondayAhead;
import static app.ponte.sla.ClockworkClient.setTo;
import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.H2Test;
import app.ponte.request.RequestStatus;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A plan or calendar change marks its open clocks inside its transaction and computes them after the commit, a page
 * per transaction; what a crash leaves marked is computed by the next drain (the minute scan), each clock once.
 */
@H2Test
class ClockRecomputationsTest extends ClockworkTest {

    @Autowired
    ClockRecomputations recomputations;
    @Autowired
    ClockChangeRepository changes;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void mondayMorning() {
        setTo(clock, mondayAhead(10, 0));
    }

    @Test
    void a_plan_change_computes_its_open_clocks_after_its_commit_and_leaves_no_mark() {
        long id = question("Is there a sandbox?");
        try {
            fixtures.movePlan(fixtures.planB());

            SupportClock moved = clockOf(id);
            assertThat(moved.getPlanId()).isEqualTo(fixtures.planB());
            assertThat(moved.getFirstResponseDueAt()).as("1 business hour on plan B")
                    .isEqualTo(moved.getStartedAt().plus(Duration.ofHours(1)));
            assertThat(causes(id)).containsExactly(ClockChange.Cause.STARTED, ClockChange.Cause.PLAN_CHANGED);
            assertThat(marked()).isZero();
        } finally {
            fixtures.movePlan(fixtures.planA());
        }
    }

    @Test
    void a_plan_change_rolled_back_moves_no_clock_and_leaves_no_mark() {
        long id = question("Can we get a dedicated IP?");
        SupportClock before = clockOf(id);

        transactions.executeWithoutResult(status -> {
            events.publishEvent(new PlanChanged(fixtures.bank(), fixtures.personId(ClockworkClient.ADMIN)));
            status.setRollbackOnly();
        });

        assertThat(clockOf(id).getFirstResponseDueAt()).isEqualTo(before.getFirstResponseDueAt());
        assertThat(causes(id)).containsExactly(ClockChange.Cause.STARTED);
        assertThat(marked()).isZero();
    }

    @Test
    void clocks_a_crash_left_marked_are_computed_by_the_next_drain_once_with_the_change_s_actor() {
        long id = question("Do you sign webhooks?");
        long actor = fixtures.personId(ClockworkClient.ADMIN);
        mark(id, ClockChange.Cause.PLAN_CHANGED, actor);

        assertThat(recomputations.drain()).isGreaterThanOrEqualTo(1);
        assertThat(recomputations.drain()).as("nothing left marked").isZero();

        List<ClockChange> history = changes.findByClockIdOrderByIdAsc(clockOf(id).getId());
        assertThat(history).extracting(ClockChange::getCause)
                .containsExactly(ClockChange.Cause.STARTED, ClockChange.Cause.PLAN_CHANGED);
        assertThat(history.getLast().getChangedBy()).isEqualTo(actor);
        assertThat(marked()).isZero();
    }

    @Test
    void a_clock_resolved_after_it_was_marked_loses_its_mark_without_a_history_row() {
        long id = question("Is there an audit log export?");
        byTeam(() -> conversations.comment(id, "Yes, as CSV.", false));
        byTeam(() -> workflow.move(id, RequestStatus.TRIAGED, null, version(id)));
        byTeam(() -> workflow.move(id, RequestStatus.IN_PROGRESS, null, version(id)));
        byTeam(() -> workflow.move(id, RequestStatus.DELIVERED, null, version(id)));
        List<ClockChange.Cause> resolvedHistory = causes(id);
        mark(id, ClockChange.Cause.CALENDAR_CHANGED, null);

        recomputations.drain();

        assertThat(causes(id)).isEqualTo(resolvedHistory);
        assertThat(marked()).isZero();
    }

    private void mark(long requestId, ClockChange.Cause cause, Long actorId) {
        jdbc.update("update sla_clocks set recompute_cause = ?, recompute_actor_id = ? where request_id = ?",
                cause.name(), actorId, requestId);
    }

    private int marked() {
        Integer count = jdbc.queryForObject("select count(*) from sla_clocks where recompute_cause is not null",
                Integer.class);
        return count == null ? 0 : count;
    }

    private List<ClockChange.Cause> causes(long requestId) {
        return changes.findByClockIdOrderByIdAsc(clockOf(requestId).getId()).stream().map(ClockChange::getCause)
                .toList();
    }
}
