package app.ponte.oncall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.ponte.H2Test;
import app.ponte.SignedInServiceTest;
import app.ponte.TestClock;
import app.ponte.base.ConcurrentEditException;
import app.ponte.base.RejectedInputException;
import app.ponte.organisation.DemoFixtures;
import app.ponte.organisation.PersonOption;
import app.ponte.security.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Admins edit the rota, its overrides and the policy: bad input refused on its field, stale edits refused, audited. */
@H2Test
class OnCallEditingTest extends SignedInServiceTest {

    static final String ADMIN = "admin@ponte.test";

    @Autowired
    OnCall onCall;
    @Autowired
    EscalationPolicies policies;
    @Autowired
    DemoFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    app.ponte.sla.EscalationLeads slaLeads;

    @Test
    void the_demo_rota_alternates_lead_and_dev_handing_over_on_monday_at_nine_in_sao_paulo() {
        OnCall.RotaSettings rota = as("lead@ponte.test", () -> onCall.rota());

        assertThat(rota.members()).extracting(PersonOption::email).containsExactly("lead@ponte.test", "dev@ponte.test");
        assertThat(rota.zone().getId()).isEqualTo("America/Sao_Paulo");
        assertThat(rota.handOverTime().getHour()).isEqualTo(9);
        assertThat(as("lead@ponte.test", () -> onCall.gaps())).isEmpty();
        assertThat(as("lead@ponte.test", () -> onCall.handOvers())).isNotEmpty()
                .allSatisfy(change -> assertThat(change.personName()).isIn("Lucas Lead", "Diana Dev"));
    }

    @Test
    void a_rota_with_nobody_or_with_somebody_off_the_team_is_refused_on_its_field() {
        OnCall.RotaSettings rota = as(ADMIN, () -> onCall.rota());
        long client = fixtures.accountId("leo@aurora.test");

        assertThat(refusal(() -> onCall.saveRota(draft(rota, List.of()), rota.version())))
                .extracting(RejectedInputException::field, RejectedInputException::messageKey)
                .containsExactly("members", "oncall.rota.error.empty");
        assertThat(refusal(() -> onCall.saveRota(draft(rota, List.of(client)), rota.version())))
                .extracting(RejectedInputException::field, RejectedInputException::messageKey)
                .containsExactly("members", "oncall.rota.error.not-team");
        assertThat(as(ADMIN, () -> onCall.rota())).isEqualTo(rota);
    }

    @Test
    void a_stale_rota_is_refused_and_a_fresh_one_saved_and_audited() {
        OnCall.RotaSettings rota = as(ADMIN, () -> onCall.rota());
        List<Long> same = rota.members().stream().map(PersonOption::accountId).toList();

        assertThat(catchThrowable(() -> as(ADMIN, () -> {
            onCall.saveRota(draft(rota, same), rota.version() - 1);
            return null;
        }))).isInstanceOf(ConcurrentEditException.class);
        as(ADMIN, () -> {
            onCall.saveRota(draft(rota, same), rota.version());
            return null;
        });

        assertThat(as(ADMIN, () -> onCall.rota()).version()).isGreaterThan(rota.version());
        assertThat(jdbc.queryForObject("select count(*) from audit_events where action = 'oncall.rota.save'",
                Long.class)).isPositive();
    }

    @Test
    void an_override_ending_before_it_starts_or_naming_somebody_off_the_team_is_refused() {
        Instant start = clock.instant().plus(Duration.ofDays(400));
        long dev = fixtures.accountId("dev@ponte.test");
        long client = fixtures.accountId("leo@aurora.test");
        String aClient = fixtures.newMember("Aurora Commerce", Role.CLIENT);

        assertThat(refusal(() -> onCall.addOverride(new OnCall.OverrideDraft(dev, start, start.minusSeconds(60),
                "Swap")))).extracting(RejectedInputException::field, RejectedInputException::messageKey)
                .containsExactly("endsAt", "oncall.override.error.ends-before-start");
        assertThat(refusal(() -> onCall.addOverride(new OnCall.OverrideDraft(client, start, start.plusSeconds(60),
                "Swap")))).extracting(RejectedInputException::field, RejectedInputException::messageKey)
                .containsExactly("person", "oncall.override.error.not-team");
        assertThat(refusal(() -> onCall.addOverride(new OnCall.OverrideDraft(fixtures.accountId(aClient), start,
                start.plusSeconds(60), "Swap")))).extracting(RejectedInputException::messageKey)
                .isEqualTo("oncall.override.error.not-team");
        assertThat(refusal(() -> onCall.addOverride(new OnCall.OverrideDraft(dev, start, start.plusSeconds(60),
                " ")))).extracting(RejectedInputException::field).isEqualTo("reason");
    }

    @Test
    void an_override_is_added_shown_and_removed_and_a_stale_removal_is_refused() {
        Instant start = clock.instant().plus(Duration.ofDays(400));
        long dev = fixtures.accountId("dev@ponte.test");
        long id = as(ADMIN, () -> onCall.addOverride(new OnCall.OverrideDraft(dev, start,
                start.plus(Duration.ofDays(2)), "Lucas on holiday")));
        OnCall.OverrideEntry added = as("lead@ponte.test", () -> onCall.overrides()).stream()
                .filter(entry -> entry.id() == id).findFirst().orElseThrow();
        assertThat(added.person().email()).isEqualTo("dev@ponte.test");
        assertThat(added.reason()).isEqualTo("Lucas on holiday");

        assertThat(catchThrowable(() -> as(ADMIN, () -> {
            onCall.removeOverride(id, added.version() + 1);
            return null;
        }))).isInstanceOf(ConcurrentEditException.class);
        as(ADMIN, () -> {
            onCall.removeOverride(id, added.version());
            return null;
        });

        assertThat(as(ADMIN, () -> onCall.overrides())).noneMatch(entry -> entry.id() == id);
        assertThat(jdbc.queryForObject("select count(*) from audit_events where action = 'oncall.override.remove' "
                + "and target_id = ?", Long.class, id)).isEqualTo(1);
    }

    @Test
    void a_policy_without_steps_with_a_step_of_zero_minutes_or_naming_nobody_is_refused() {
        EscalationPolicies.PolicyView policy = as(ADMIN, () -> policies.policy());

        assertThat(refusal(() -> policies.save(List.of(), policy.leadIds(), policy.version())))
                .extracting(RejectedInputException::messageKey).isEqualTo("oncall.policy.error.no-step");
        assertThat(refusal(() -> policies.save(List.of(new EscalationStep(StepKind.ON_CALL, 15, List.of()),
                new EscalationStep(StepKind.NEXT_ON_ROTA, 0, List.of())), policy.leadIds(), policy.version())))
                .satisfies(refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("oncall.policy.error.zero-minutes");
                    assertThat(refusal.arguments()).containsExactly(2);
                });
        assertThat(refusal(() -> policies.save(List.of(new EscalationStep(StepKind.PEOPLE, 15, List.of())),
                policy.leadIds(), policy.version()))).extracting(RejectedInputException::messageKey)
                .isEqualTo("oncall.policy.error.nobody");
        assertThat(catchThrowable(() -> as(ADMIN, () -> {
            policies.save(policy.steps(), policy.leadIds(), policy.version() == null ? 0L : policy.version() + 1);
            return null;
        }))).isInstanceOf(ConcurrentEditException.class);
        assertThat(as(ADMIN, () -> policies.policy())).isEqualTo(policy);
    }

    @Test
    void the_demo_policy_names_the_lead_whom_its_last_step_pages_and_sla_breaches_are_escalated_to() {
        long lead = fixtures.accountId("lead@ponte.test");

        EscalationPolicies.PolicyView policy = as("dev@ponte.test", () -> policies.policy());

        assertThat(policy.leadIds()).containsExactly(lead);
        assertThat(policy.steps().getLast().kind()).isEqualTo(StepKind.LEADS);
        assertThat(slaLeads.ids()).as("one list: the SLA escalation reads the policy's").containsExactly(lead);
    }

    @Test
    void a_lead_off_the_team_or_a_leads_step_without_leads_is_refused_on_the_leads_field() {
        EscalationPolicies.PolicyView policy = as(ADMIN, () -> policies.policy());
        long client = fixtures.accountId("leo@aurora.test");

        assertThat(refusal(() -> policies.save(policy.steps(), List.of(client), policy.version())))
                .extracting(RejectedInputException::field, RejectedInputException::messageKey)
                .containsExactly("leads", "oncall.policy.error.lead-not-team");
        assertThat(refusal(() -> policies.save(List.of(new EscalationStep(StepKind.ON_CALL, 15, List.of()),
                new EscalationStep(StepKind.LEADS, 15, List.of())), List.of(), policy.version())))
                .satisfies(refusal -> {
                    assertThat(refusal.field()).isEqualTo("leads");
                    assertThat(refusal.messageKey()).isEqualTo("oncall.policy.error.no-leads");
                    assertThat(refusal.arguments()).containsExactly(2);
                });
        assertThat(as(ADMIN, () -> policies.policy())).isEqualTo(policy);
    }

    @Test
    void an_admin_changes_the_leads_on_the_policy_the_sla_escalation_follows_and_the_change_is_audited() {
        EscalationPolicies.PolicyView policy = as(ADMIN, () -> policies.policy());
        long lead = fixtures.accountId("lead@ponte.test");
        long dev = fixtures.accountId("dev@ponte.test");
        try {
            as(ADMIN, () -> {
                policies.save(policy.steps(), List.of(dev, lead), policy.version());
                return null;
            });

            assertThat(as(ADMIN, () -> policies.policy()).leadIds()).containsExactlyInAnyOrder(lead, dev);
            assertThat(slaLeads.ids()).containsExactlyInAnyOrder(lead, dev);
            assertThat(jdbc.queryForObject("select count(*) from audit_events where action = 'oncall.policy.save' "
                    + "and after_state like ?", Long.class, "%leads=[" + Math.min(lead, dev) + ", "
                    + Math.max(lead, dev) + "]%")).isPositive();
        } finally {
            as(ADMIN, () -> {
                policies.save(policy.steps(), policy.leadIds(), policies.policy().version());
                return null;
            });
        }
    }

    private RejectedInputException refusal(Runnable change) {
        Throwable thrown = catchThrowable(() -> as(ADMIN, (Supplier<Object>) () -> {
            change.run();
            return null;
        }));
        assertThat(thrown).isInstanceOf(RejectedInputException.class);
        return (RejectedInputException) thrown;
    }

    private static RotaDraft draft(OnCall.RotaSettings rota, List<Long> members) {
        return new RotaDraft(members, rota.handOverDay(), rota.handOverTime(), rota.zone(), rota.startsOn());
    }
}
