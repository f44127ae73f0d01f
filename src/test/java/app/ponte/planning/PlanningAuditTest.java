package app.ponte.planning;

import static app.ponte.audit.TrailProbe.fromAddress;
import static app.ponte.planning.PlanningFixtures.LEAD;
import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.H2Test;
import app.ponte.SignedIn;
import app.ponte.SignedInServiceTest;
import app.ponte.TestClock;
import app.ponte.audit.AuditOutcome;
import app.ponte.audit.AuditRecord;
import app.ponte.audit.TrailProbe;
import app.ponte.organisation.DemoFixtures;
import app.ponte.security.Role;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What decides the order of the team's work is audited: weights, capacity and manual moves. */
@H2Test
class PlanningAuditTest extends SignedInServiceTest {

    private static final String ADMIN = "admin@ponte.test";

    @Autowired
    PlanningSettings settings;
    @Autowired
    TeamCapacities capacities;
    @Autowired
    Backlog backlog;
    @Autowired
    PlanningFixtures fixtures;
    @Autowired
    DemoFixtures demo;
    @Autowired
    TrailProbe trail;
    @Autowired
    TestClock clock;

    @Test
    void a_change_of_the_scoring_weights_is_audited_with_the_weights_before_and_after() throws Exception {
        Instant since = clock.instant();
        Weights original = as(ADMIN, () -> settings.weights());
        Weights changed = new Weights(original.reach() == 5 ? 4 : 5, original.impact(), original.urgency(),
                original.confidence(), original.effort());
        long version = as(ADMIN, () -> settings.weightsVersion());
        try {
            waitForRecompute(as(ADMIN, () -> fromAddress(() -> settings.changeWeights(changed, version))));
        } finally {
            long now = as(ADMIN, () -> settings.weightsVersion());
            waitForRecompute(as(ADMIN, () -> settings.changeWeights(original, now)));
        }

        List<AuditRecord> entries = trail.all(since, ADMIN, "planning.weights");
        assertThat(entries).hasSize(2);
        AuditRecord change = entries.get(1); // the newest is the restore
        assertThat(change.targetType()).isEqualTo("ScoringWeights");
        assertThat(change.before()).isEqualTo(readable(original));
        assertThat(change.after()).isEqualTo(readable(changed));
        assertThat(change.clientAddress()).isEqualTo(TrailProbe.ADDRESS);
        assertThat(change.activeOrganisationName()).isEqualTo("Backend Team");
    }

    @Test
    void an_organisation_weight_is_audited_with_its_reason() {
        Instant since = clock.instant();
        long client = demo.organisationId(demo.newClient());

        SignedIn.run(users, ADMIN, () -> fromAddress(() -> settings.weighOrganisation(client, new BigDecimal("1.5"),
                "Strategic account", null)));

        AuditRecord entry = trail.newest(since, ADMIN, "planning.organisation-weight", client);
        assertThat(entry.outcome()).isEqualTo(AuditOutcome.DONE);
        assertThat(entry.targetType()).isEqualTo("Organisation");
        assertThat(entry.organisationId()).isEqualTo(client);
        assertThat(entry.before()).isNull();
        assertThat(entry.after()).contains("1.5", "Strategic account");
        assertThat(entry.clientAddress()).isEqualTo(TrailProbe.ADDRESS);
        assertThat(entry.activeOrganisationId()).isEqualTo(demo.organisationId("Backend Team"));
    }

    @Test
    void a_team_members_capacity_is_audited_with_the_days_before_and_after() {
        Instant since = clock.instant();
        String member = demo.newMember("Backend Team", Role.TEAM);
        long accountId = demo.accountId(member);

        SignedIn.run(users, LEAD, () -> fromAddress(() -> capacities.set(accountId, new BigDecimal("2.5"), null)));
        // Capacity is shared by every test: the new member gives nothing again.
        SignedIn.run(users, LEAD, () -> capacities.set(accountId, BigDecimal.ZERO, capacities.list().stream()
                .filter(c -> c.accountId() == accountId).findFirst().orElseThrow().version()));

        AuditRecord given = trail.newest(since, LEAD, "planning.capacity", accountId);
        assertThat(given.after()).contains("0");
        assertThat(given.before()).contains("2.5");
        AuditRecord first = trail.all(since, LEAD, "planning.capacity").get(1);
        assertThat(first.targetId()).isEqualTo(accountId);
        assertThat(first.targetType()).isEqualTo("Account");
        assertThat(first.after()).contains("2.5");
        assertThat(first.clientAddress()).isEqualTo(TrailProbe.ADDRESS);
        assertThat(first.activeOrganisationName()).isEqualTo("Backend Team");
    }

    @Test
    void a_manual_move_and_its_undoing_are_audited_with_positions_and_reason() {
        Instant since = clock.instant();
        long id = fixtures.change("ops@ponte.test", "Audited route export", clock.today().plusDays(160), "Orders API");
        ScoreCard before = as(LEAD, () -> backlog.card(id));

        SignedIn.run(users, LEAD, () -> fromAddress(() -> backlog.move(id, 1, "The warehouse opens first",
                before.version())));
        SignedIn.run(users, LEAD, () -> fromAddress(() -> backlog.returnToScore(id, backlog.card(id).version())));

        AuditRecord move = trail.newest(since, LEAD, "backlog.move", id);
        assertThat(move.outcome()).isEqualTo(AuditOutcome.DONE);
        assertThat(move.targetType()).isEqualTo("Request");
        assertThat(move.organisationId()).isEqualTo(demo.organisationId("Operations"));
        assertThat(move.before()).contains(String.valueOf(before.position()));
        assertThat(move.after()).contains("1", "The warehouse opens first");
        assertThat(move.clientAddress()).isEqualTo(TrailProbe.ADDRESS);
        assertThat(move.activeOrganisationName()).isEqualTo("Backend Team");
        assertThat(trail.newest(since, LEAD, "backlog.unpin", id).clientAddress()).isEqualTo(TrailProbe.ADDRESS);
    }

    private static String readable(Weights weights) {
        return "reach " + weights.reach() + ", impact " + weights.impact() + ", urgency " + weights.urgency()
                + ", confidence " + weights.confidence() + ", effort " + weights.effort();
    }

    private void waitForRecompute(long run) throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(giveUp)) {
            RecomputeProgress progress = as(ADMIN, () -> settings.latestRecompute()).orElseThrow();
            if (progress.id() == run && !progress.running()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("recompute " + run + " did not finish");
    }
}
