package app.ponte.sla;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.H2Test;
import app.ponte.SignedInServiceTest;
import app.ponte.TestClock;
import app.ponte.organisation.DemoFixtures;
import app.ponte.request.RequestDraft;
import app.ponte.request.RequestFilter;
import app.ponte.request.RequestIntake;
import app.ponte.request.RequestKind;
import app.ponte.request.RequestLists;
import app.ponte.request.SlaTarget;
import app.ponte.security.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The dashboards' SLA figures: open clocks by standing, the next deadlines, and the breaches signal. */
@H2Test
class SlaWatchTest extends SignedInServiceTest {

    static final String TEAM = "lead@ponte.test";

    @Autowired
    SlaWatch watch;
    @Autowired
    SlaPlans plans;
    @Autowired
    RequestIntake intake;
    @Autowired
    RequestLists lists;
    @Autowired
    ClockFixtures clocks;
    @Autowired
    DemoFixtures demo;
    @Autowired
    BreachSignal breaches;
    @Autowired
    TestClock clock;

    @Test
    void the_at_risk_or_breached_figure_equals_the_count_of_the_inbox_at_risk_list_it_links_to() {
        String client = demo.newClient();
        long organisation = demo.organisationId(client);
        as("admin@ponte.test", () -> {
            plans.assign(organisation, plans.list().stream().filter(p -> p.name().equals("Business hours"))
                    .findFirst().orElseThrow().id());
            return null;
        });
        String member = demo.newMember(client, Role.CLIENT);
        as(member, () -> intake.file(RequestDraft.simple(RequestKind.QUESTION, "Export fails at midnight",
                "Every night.")));
        clock.advance(Duration.ofDays(30));

        // Narrowed to the new client: clocks other tests wrote straight into the clocks' table have no copy on
        // their request, which the engine always writes, so the whole inbox is no fair comparison in a shared base.
        OpenClocks counted = as(TEAM, () -> watch.openClocks(organisation));
        RequestFilter atRisk = new RequestFilter("", null, null, organisation, null, false).atRiskOnly(true);
        long listed = as(TEAM, () -> lists.inbox(atRisk, PageRequest.of(0, 100_000)).getNumberOfElements());
        long byStatus = as(TEAM, () -> lists.inboxByStatus(atRisk).values().stream().mapToLong(Long::longValue).sum());

        assertThat(counted.atRiskOrBreached()).isPositive().isEqualTo(listed).isEqualTo(byStatus);
        assertThat(counted).as("the new client's one question, a month old: breached")
                .isEqualTo(new OpenClocks(1, 0, 1, 1));
        assertThat(as(member, () -> watch.openClocks())).as("the client's own figure is the same")
                .isEqualTo(counted);
    }

    @Test
    void a_client_counts_and_lists_only_its_own_organisations_clocks() {
        String ours = demo.newClient();
        String theirs = demo.newClient();
        String ourMember = demo.newMember(ours, Role.CLIENT_ADMIN);
        String theirMember = demo.newMember(theirs, Role.CLIENT_ADMIN);
        Instant now = clock.instant();
        long late = clocks.file(ourMember, "Our late answer");
        clocks.clock(late, demo.organisationId(ours), "Our late answer")
                .firstResponse(now.minus(Duration.ofHours(2)), null).firstResponseAtRisk(now.minus(Duration.ofHours(3)))
                .save();
        long soon = clocks.file(ourMember, "Our answer at risk");
        clocks.clock(soon, demo.organisationId(ours), "Our answer at risk")
                .firstResponse(now.plus(Duration.ofHours(1)), null).firstResponseAtRisk(now.minus(Duration.ofMinutes(5)))
                .save();
        long waiting = clocks.file(ourMember, "Our question waiting for us");
        clocks.clock(waiting, demo.organisationId(ours), "Our question waiting for us")
                .firstResponse(now.plus(Duration.ofDays(1)), null).pausedSince(now.minus(Duration.ofHours(1))).save();
        long other = clocks.file(theirMember, "Their breached question");
        clocks.clock(other, demo.organisationId(theirs), "Their breached question")
                .firstResponse(Instant.parse("2020-01-01T00:00:00Z"), null)
                .firstResponseAtRisk(Instant.parse("2019-12-31T00:00:00Z")).save();

        assertThat(as(ourMember, () -> watch.openClocks())).isEqualTo(new OpenClocks(3, 1, 2, 1));
        assertThat(as(ourMember, () -> watch.nextDeadlines()))
                .extracting(ClockDeadline::requestId, ClockDeadline::target)
                .as("running clocks only, soonest first; the paused one and the other client's are left out")
                .containsExactly(org.assertj.core.groups.Tuple.tuple(late, SlaTarget.FIRST_RESPONSE),
                        org.assertj.core.groups.Tuple.tuple(soon, SlaTarget.FIRST_RESPONSE));
        assertThat(as(theirMember, () -> watch.openClocks())).isEqualTo(new OpenClocks(1, 0, 1, 1));
        assertThat(as(TEAM, () -> watch.nextDeadlines())).extracting(ClockDeadline::requestId)
                .as("the team reads every organisation's, the oldest due first").contains(other);
    }

    @Test
    void the_breaches_signal_counts_each_organisations_targets_missed_in_the_last_90_days() {
        String client = demo.newClient();
        String quiet = demo.newClient();
        String member = demo.newMember(client, Role.CLIENT);
        Instant now = clock.instant();
        long recent = clocks.file(member, "Missed last week");
        clocks.clock(recent, demo.organisationId(client), "Missed last week")
                .firstResponse(now.minus(Duration.ofDays(7)), now.minus(Duration.ofDays(6)))
                .breach(SlaTarget.FIRST_RESPONSE, now.minus(Duration.ofDays(7)), now.minus(Duration.ofDays(7)), null)
                .save();
        long old = clocks.file(member, "Missed last year");
        clocks.clock(old, demo.organisationId(client), "Missed last year")
                .firstResponse(now.minus(Duration.ofDays(200)), now.minus(Duration.ofDays(199)))
                .breach(SlaTarget.FIRST_RESPONSE, now.minus(Duration.ofDays(200)), now.minus(Duration.ofDays(200)),
                        null)
                .save();

        Map<Long, Long> measured = breaches.measure(now);

        assertThat(measured).containsEntry(demo.organisationId(client), 1L)
                .as("on no plan and never breached: nothing to measure").doesNotContainKey(demo.organisationId(quiet))
                .as("on a plan: measured, 0 when nothing was missed").containsKey(demo.organisationId("Aurora Commerce"));
        assertThat(breaches.levelOf(1)).isEqualTo(app.ponte.dashboard.HealthLevel.WARN);
        assertThat(breaches.levelOf(3)).isEqualTo(app.ponte.dashboard.HealthLevel.ALERT);
    }
}
