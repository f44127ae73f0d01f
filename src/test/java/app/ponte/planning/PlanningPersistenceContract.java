package app.ponte.planning;

import static app.ponte.planning.PlanningFixtures.LEAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.ponte.SignedIn;
import app.ponte.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The score formula (SQL with CASE and dates), the board query with its filters, and conflict detection,
 * the same on H2 and MariaDB; every test rolls back.
 */
abstract class PlanningPersistenceContract {

    @Autowired
    PlanningFixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    Backlog backlog;
    @Autowired
    Conflicts conflicts;
    @Autowired
    ScoreRecalculation recalculation;
    @Autowired
    BacklogItemRepository items;
    @Autowired
    UserDetailsService users;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void scoring_the_board_and_conflicts_give_the_same_answers_on_this_database() {
        transactions.executeWithoutResult(status -> {
            fixtures.freeze("Sales", "Real-time reporting", clock.today().plusDays(400), clock.today().plusDays(405),
                    "Contract close");
            long id = fixtures.change("marketing@ponte.test", "Contract board", clock.today().plusDays(402),
                    "Real-time reporting");
            SignedIn.run(users, LEAD, () -> {
                ScoreCard card = backlog.card(id);
                assertThat(card.inputs()).extracting(ScoreCard.ScoreInput::points).containsExactly(2, 6, 1, 6, 5);
                double expected = card.organisationWeight().doubleValue()
                        * card.inputs().stream().mapToInt(i -> i.points() * i.weight()).sum() * 10
                        / card.inputs().stream().mapToInt(ScoreCard.ScoreInput::weight).sum();
                assertThat(card.computedScore()).isCloseTo(expected, within(0.001));

                long system = fixtures.system("Real-time reporting");
                assertThat(backlog.board(Lane.PRODUCT, new BacklogFilter(null, system, null, null),
                        PageRequest.of(0, 500)).getContent()).extracting(BacklogRow::requestId).contains(id);
                assertThat(conflicts.active(PageRequest.of(0, 500)).getContent())
                        .filteredOn(row -> row.requestId() == id).extracting(ConflictRow::kind)
                        .containsExactly(ConflictKind.FREEZE_CLASH);

                int rescored = recalculation.range(items.findLowestId().orElseThrow(),
                        items.findHighestId().orElseThrow());
                assertThat(rescored).isGreaterThan(1);
                assertThat(backlog.card(id).computedScore()).isCloseTo(expected, within(0.001));
            });
            status.setRollbackOnly();
        });
    }
}
