package app.ponte.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.ponte.H2Test;
import app.ponte.SignedIn;
import app.ponte.SignedInServiceTest;
import app.ponte.base.NotFoundInScopeException;
import app.ponte.request.RequestFilter;
import app.ponte.request.RequestService;
import app.ponte.security.Role;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * Every role against every planning method: the services refuse on their own, whatever a view shows.
 * Changes are called with a stale version or bad input, so an allowed role gets past the security check
 * and is then refused for the input, never for the role; the data stays as it was.
 */
@H2Test
class PlanningServiceSecurityTest extends SignedInServiceTest {

    static final Map<Role, String> ACCOUNTS = Map.of(
            Role.ADMIN, "admin@ponte.test",
            Role.TEAM, "lead@ponte.test",
            Role.INTERNAL, "marketing@ponte.test",
            Role.CLIENT_ADMIN, "ana@aurora.test",
            Role.CLIENT, "leo@aurora.test");
    static final Set<Role> TEAM = EnumSet.of(Role.ADMIN, Role.TEAM);
    static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);

    @Autowired
    Backlog backlog;
    @Autowired
    Conflicts conflicts;
    @Autowired
    PlanningSettings settings;
    @Autowired
    TeamCapacities capacities;
    @Autowired
    RequestService requests;
    @Autowired
    PlanningFixtures fixtures;

    @TestFactory
    Stream<DynamicTest> each_role_is_let_through_exactly_the_planning_methods_meant_for_it() {
        long id = auroraRequest();
        long aurora = fixtures.organisationId("Aurora Commerce");
        long lead = SignedIn.as(users, "lead@ponte.test", () -> capacities.list()).getFirst().accountId();
        Map<String, Set<Role>> allowed = new LinkedHashMap<>();
        Map<String, Runnable> calls = new LinkedHashMap<>();
        add(allowed, calls, "board", TEAM, () -> backlog.board(Lane.PRODUCT, BacklogFilter.NONE, PageRequest.of(0, 1)));
        add(allowed, calls, "card", TEAM, () -> backlog.card(id));
        add(allowed, calls, "rate", TEAM, () -> backlog.rate(id, 9, null, -1));
        add(allowed, calls, "preview", TEAM, () -> backlog.preview(id, 0));
        add(allowed, calls, "move", TEAM, () -> backlog.move(id, 1, "x", -1));
        add(allowed, calls, "returnToScore", TEAM, () -> backlog.returnToScore(id, -1));
        add(allowed, calls, "conflicts", TEAM, () -> conflicts.active(PageRequest.of(0, 1)));
        add(allowed, calls, "askForDecision", TEAM, () -> conflicts.askForDecision(-1, null, null, 0));
        add(allowed, calls, "acceptRisk", TEAM, () -> conflicts.acceptRisk(-1, null, 0));
        add(allowed, calls, "reschedule", TEAM, () -> conflicts.reschedule(-1, null, null, 0));
        add(allowed, calls, "weights", TEAM, () -> settings.weights());
        add(allowed, calls, "latestRecompute", TEAM, () -> settings.latestRecompute());
        add(allowed, calls, "organisationWeights", TEAM, () -> settings.organisationWeights(PageRequest.of(0, 1)));
        add(allowed, calls, "organisationWeight", TEAM, () -> settings.organisationWeight(aurora));
        add(allowed, calls, "changeWeights", ADMIN, () -> settings.changeWeights(new Weights(9, 1, 1, 1, 1), -1));
        add(allowed, calls, "weighOrganisation", ADMIN,
                () -> settings.weighOrganisation(aurora, new BigDecimal("9"), "x", -1L));
        add(allowed, calls, "capacities", TEAM, () -> capacities.list());
        add(allowed, calls, "setCapacity", TEAM, () -> capacities.set(lead, new BigDecimal("-1"), null));
        return Stream.of(Role.values()).flatMap(role -> calls.entrySet().stream().map(call ->
                DynamicTest.dynamicTest(role + " → " + call.getKey(), () -> {
                    Throwable outcome = catchThrowable(() -> SignedIn.run(users, ACCOUNTS.get(role), call.getValue()));
                    if (allowed.get(call.getKey()).contains(role)) {
                        // Let through: it did its work, or refused the stale version or bad input given.
                        if (outcome != null) {
                            assertThat(outcome).as("allowed").isNotInstanceOf(AccessDeniedException.class);
                        }
                    } else {
                        assertThat(outcome).as("refused").isInstanceOf(AccessDeniedException.class);
                    }
                })));
    }

    @Test
    void another_organisation_cannot_read_the_conflict_notices_of_a_request_by_id_and_nobody_signed_out_reaches_any() {
        long id = auroraRequest();
        assertThat(catchThrowable(() -> as("marketing@ponte.test", () -> conflicts.notices(id))))
                .isInstanceOf(NotFoundInScopeException.class);
        assertThat(catchThrowable(() -> as("rita@meridian.test", () -> conflicts.notices(id))))
                .isInstanceOf(NotFoundInScopeException.class);
        assertThat(as("ana@aurora.test", () -> conflicts.notices(id))).isNotNull();
        for (Runnable anything : List.<Runnable>of(() -> conflicts.notices(id), () -> backlog.card(id),
                () -> settings.weights(), () -> capacities.list())) {
            assertThat(catchThrowable(anything::run)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        }
    }

    /** Aurora's own incident, shared with nobody. */
    private long auroraRequest() {
        return SignedIn.as(users, "leo@aurora.test", () -> requests.ours(RequestFilter.ALL, PageRequest.of(0, 100)))
                .getContent().stream().filter(r -> r.title().equals("Orders API returns 503 at peak traffic"))
                .findFirst().orElseThrow().id();
    }

    private static void add(Map<String, Set<Role>> allowed, Map<String, Runnable> calls, String name, Set<Role> roles,
            Runnable call) {
        allowed.put(name, roles);
        calls.put(name, call);
    }
}
