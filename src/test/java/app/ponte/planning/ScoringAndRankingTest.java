package app.ponte.planning;

import static app.ponte.planning.PlanningFixtures.LEAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.ponte.H2Test;
import app.ponte.SignedIn;
import app.ponte.SignedInServiceTest;
import app.ponte.TestClock;
import app.ponte.base.ConcurrentEditException;
import app.ponte.base.NotificationLine.Argument;
import app.ponte.base.RejectedInputException;
import app.ponte.notification.NotificationCenter;
import app.ponte.request.RequestReading;
import app.ponte.request.RequestSupport;
import app.ponte.request.RequestWorkflow;
import app.ponte.request.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** Scores from explicit inputs, the backlog board, manual re-ranking with reasons, and weight changes. */
@H2Test
class ScoringAndRankingTest extends SignedInServiceTest {

    @Autowired
    Backlog backlog;
    @Autowired
    PlanningSettings settings;
    @Autowired
    PlanningFixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    RequestSupport support;
    @Autowired
    RequestReading reading;
    @Autowired
    RequestWorkflow workflow;
    @Autowired
    NotificationCenter notifications;

    @Test
    void the_board_read_page_by_page_skips_no_request() {
        List<Long> whole = as(LEAD, () -> backlog.board(Lane.PRODUCT, BacklogFilter.NONE, PageRequest.of(0, 4)))
                .getContent().stream().map(BacklogRow::requestId).toList();
        List<Long> paged = new java.util.ArrayList<>();
        for (int page = 0; page < 4; page++) {
            int p = page;
            as(LEAD, () -> backlog.board(Lane.PRODUCT, BacklogFilter.NONE, PageRequest.of(p, 1))).getContent()
                    .forEach(row -> paged.add(row.requestId()));
        }
        assertThat(paged).isEqualTo(whole);
    }

    @Test
    void a_product_request_is_scored_by_the_shown_formula_from_each_input() {
        long id = fixtures.change("marketing@ponte.test", "Campaign funnel chart", clock.today().plusDays(20),
                "Real-time reporting");

        ScoreCard card = as(LEAD, () -> backlog.card(id));
        assertThat(card.lane()).isEqualTo(Lane.PRODUCT);
        assertThat(card.inputs()).extracting(ScoreCard.ScoreInput::labelKey, ScoreCard.ScoreInput::points)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("planning.input.reach", 2),
                        org.assertj.core.groups.Tuple.tuple("planning.input.impact", 6),
                        org.assertj.core.groups.Tuple.tuple("planning.input.urgency", 8),
                        org.assertj.core.groups.Tuple.tuple("planning.input.confidence", 6),
                        org.assertj.core.groups.Tuple.tuple("planning.input.effort", 5));
        assertThat(card.computedScore()).isCloseTo(formula(card), org.assertj.core.data.Offset.offset(0.001));

        as(LEAD, () -> backlog.rate(id, 5, Confidence.HIGH, card.version()));
        ScoreCard rated = as(LEAD, () -> backlog.card(id));
        assertThat(rated.inputs()).extracting(ScoreCard.ScoreInput::points).containsExactly(2, 10, 8, 10, 5);
        assertThat(rated.computedScore()).isGreaterThan(card.computedScore())
                .isCloseTo(formula(rated), org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void support_requests_rank_by_severity_whatever_the_weights() {
        long critical = fixtures.bug("finance@ponte.test", "Invoices total zero", Severity.CRITICAL, "Invoicing");
        long low = fixtures.bug("finance@ponte.test", "Typo on the invoice footer", Severity.LOW, "Invoicing");

        assertThat(as(LEAD, () -> backlog.card(critical)).score()).isEqualTo(95.0);
        assertThat(as(LEAD, () -> backlog.card(low)).score()).isEqualTo(25.0);
        assertThat(as(LEAD, () -> backlog.card(critical)).position())
                .isLessThan(as(LEAD, () -> backlog.card(low)).position());
    }

    @Test
    void supporting_organisations_add_to_the_reach() {
        long id = fixtures.change("marketing@ponte.test", "Shared campaign calendar", clock.today().plusDays(60),
                "Real-time reporting");
        SignedIn.run(users, LEAD, () -> workflow.share(id, true, reading.details(id).version()));
        SignedIn.run(users, "sales@ponte.test", () -> support.support(id, "We plan promotions with it"));

        ScoreCard card = as(LEAD, () -> backlog.card(id));
        assertThat(card.inputs().getFirst().valueArguments()).containsExactly(2);
        assertThat(card.inputs().getFirst().points()).isEqualTo(4);
    }

    @Test
    void the_requesters_own_freeze_pulls_the_deadline_to_the_day_before_it() {
        fixtures.freeze("Marketing", "Real-time reporting", clock.today().plusDays(200), clock.today().plusDays(206),
                "Brand relaunch week");
        long id = fixtures.change("marketing@ponte.test", "Relaunch dashboard", clock.today().plusDays(204),
                "Real-time reporting");

        ScoreCard card = as(LEAD, () -> backlog.card(id));
        assertThat(card.deadline()).isEqualTo(clock.today().plusDays(199));
        assertThat(card.deadlineFreezeStart()).isEqualTo(clock.today().plusDays(200));
    }

    @Test
    void a_manual_move_needs_a_reason_keeps_the_previous_position_and_tells_the_requester() {
        long id = fixtures.change("ops@ponte.test", "Route planning export", clock.today().plusDays(150), "Orders API");
        ScoreCard before = as(LEAD, () -> backlog.card(id));
        assertThat(before.position()).isGreaterThan(1);

        assertThat(refusal(() -> backlog.move(id, 1, "  ", before.version())).messageKey())
                .isEqualTo("planning.error.move-reason");
        assertThat(refusal(() -> backlog.move(id, 0, "Up", before.version())).messageKey())
                .isEqualTo("planning.error.position");
        assertThat(refusal(() -> backlog.move(id, before.position(), "Up", before.version())).messageKey())
                .isEqualTo("planning.error.same-position");
        assertThat(refusal(() -> backlog.preview(id, before.position())).messageKey())
                .as("the preview says so before the move is tried").isEqualTo("planning.error.same-position");

        int landed = as(LEAD, () -> backlog.move(id, 1, "Operations must ship before the warehouse opens",
                before.version()));

        ScoreCard after = as(LEAD, () -> backlog.card(id));
        assertThat(landed).isEqualTo(1);
        assertThat(after.position()).isEqualTo(1);
        assertThat(after.placedManually()).isTrue();
        assertThat(after.moves()).first().satisfies(move -> {
            assertThat(move.fromPosition()).isEqualTo(before.position());
            assertThat(move.toPosition()).isEqualTo(1);
            assertThat(move.reason()).isEqualTo("Operations must ship before the warehouse opens");
        });
        assertThat(as(LEAD, () -> backlog.board(Lane.PRODUCT, BacklogFilter.NONE, PageRequest.of(0, 5)))
                .getContent().getFirst()).satisfies(row -> {
                    assertThat(row.requestId()).isEqualTo(id);
                    assertThat(row.lastMove().reason()).isEqualTo("Operations must ship before the warehouse opens");
                });
        assertThat(as("ops@ponte.test", () -> notifications.latest(5))).anySatisfy(line ->
                assertThat(line.arguments()).contains(Argument.text("Operations must ship before the warehouse opens")));

        as(LEAD, () -> {
            backlog.returnToScore(id, after.version());
            return null;
        });
        assertThat(as(LEAD, () -> backlog.card(id)).placedManually()).isFalse();
    }

    @Test
    void two_team_members_moving_the_same_request_at_once_the_second_is_told() {
        long id = fixtures.change("ops@ponte.test", "Driver app sync", clock.today().plusDays(150), "Orders API");
        long version = as(LEAD, () -> backlog.card(id)).version();
        as(LEAD, () -> backlog.move(id, 2, "Blocks the driver app", version));
        try {
            assertThat(catchThrowable(() -> SignedIn.run(users, "dev@ponte.test",
                    () -> backlog.move(id, 3, "Less urgent", version)))).isInstanceOf(ConcurrentEditException.class);
        } finally {
            // The ranking is shared by every test: the request goes back to its computed place.
            SignedIn.run(users, LEAD, () -> backlog.returnToScore(id, backlog.card(id).version()));
        }
    }

    @Test
    void weights_outside_bounds_are_refused_and_a_change_rescores_everything_with_progress() throws Exception {
        Weights original = as("admin@ponte.test", () -> settings.weights());
        long version = as("admin@ponte.test", () -> settings.weightsVersion());
        assertThat(refusalAs("admin@ponte.test", () -> settings.changeWeights(new Weights(6, 1, 1, 1, 1), version))
                .field()).isEqualTo("reach");
        assertThat(refusalAs("admin@ponte.test", () -> settings.changeWeights(new Weights(0, 0, 0, 0, 0), version))
                .messageKey()).isEqualTo("planning.error.weights-all-zero");

        long id = fixtures.change("marketing@ponte.test", "Weighted item", clock.today().plusDays(400), "Real-time reporting");
        try {
            long run = as("admin@ponte.test", () -> settings.changeWeights(new Weights(0, 5, 0, 0, 0), version));
            RecomputeProgress progress = waitForRecompute(run);
            assertThat(progress.done()).isEqualTo(progress.total()).isPositive();
            ScoreCard card = as(LEAD, () -> backlog.card(id));
            assertThat(card.computedScore()).isCloseTo(60.0, org.assertj.core.data.Offset.offset(0.001));
        } finally {
            long now = as("admin@ponte.test", () -> settings.weightsVersion());
            waitForRecompute(as("admin@ponte.test", () -> settings.changeWeights(original, now)));
        }
    }

    @Test
    void an_organisation_weight_multiplies_its_scores_and_must_be_in_bounds_with_a_reason() {
        long id = fixtures.change("hr@ponte.test", "Onboarding checklist", clock.today().plusDays(400), "Employee directory");
        double before = as(LEAD, () -> backlog.card(id)).computedScore();
        long hr = fixtures.organisationId("Human Resources");
        Optional<OrganisationWeightEntry> original = as(LEAD, () -> settings.organisationWeight(hr));
        Long seen = original.map(OrganisationWeightEntry::version).orElse(null);

        assertThat(refusalAs("admin@ponte.test", () -> {
            settings.weighOrganisation(hr, new java.math.BigDecimal("3.5"), "Too much", seen);
            return null;
        }).messageKey()).isEqualTo("planning.error.organisation-weight");
        assertThat(refusalAs("admin@ponte.test", () -> {
            settings.weighOrganisation(hr, new java.math.BigDecimal("2.0"), " ", seen);
            return null;
        }).field()).isEqualTo("reason");

        as("admin@ponte.test", () -> {
            settings.weighOrganisation(hr, new java.math.BigDecimal("2.0"), "Regulatory duty: labour law", seen);
            return null;
        });
        try {
            assertThat(as(LEAD, () -> backlog.card(id)).computedScore()).isCloseTo(2 * before,
                    org.assertj.core.data.Offset.offset(0.001));
        } finally {
            // Weights are shared by every test: HR's goes back (to 1 when it had none: there is no removing one).
            long version = as(LEAD, () -> settings.organisationWeights(PageRequest.of(0, 50))).stream()
                    .filter(w -> w.organisationId() == hr).findFirst().orElseThrow().version();
            as("admin@ponte.test", () -> {
                settings.weighOrganisation(hr, original.map(OrganisationWeightEntry::weight)
                        .orElse(java.math.BigDecimal.ONE), original.map(OrganisationWeightEntry::reason)
                        .orElse("Back to normal"), version);
                return null;
            });
        }
    }

    private RecomputeProgress waitForRecompute(long run) throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(giveUp)) {
            RecomputeProgress progress = as("admin@ponte.test", () -> settings.latestRecompute()).orElseThrow();
            if (progress.id() == run && !progress.running()) {
                return progress;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("recompute " + run + " did not finish");
    }

    private static double formula(ScoreCard card) {
        double sum = 0;
        int weights = 0;
        for (ScoreCard.ScoreInput input : card.inputs()) {
            sum += input.weight() * input.points();
            weights += input.weight();
        }
        return card.organisationWeight().doubleValue() * sum * 10 / weights;
    }

    private RejectedInputException refusal(Runnable work) {
        return (RejectedInputException) catchThrowable(() -> SignedIn.run(users, LEAD, work));
    }

    private RejectedInputException refusalAs(String email, java.util.function.Supplier<?> work) {
        return (RejectedInputException) catchThrowable(() -> as(email, work));
    }
}
