package app.ponte.planning;

import static app.ponte.RoleMatrix.TEAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.ponte.H2Test;
import app.ponte.RoleMatrix;
import app.ponte.SignedIn;
import app.ponte.SignedInServiceTest;
import app.ponte.request.RequestFilter;
import app.ponte.request.RequestLists;
import app.ponte.security.NotFoundInScopeException;
import app.ponte.security.Role;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * Every role against every planning method: the services refuse on their own, whatever a view shows.
 * Changes are called with a stale version or bad input, so an allowed role gets past the security check
 * and is then refused for the input, never for the role; the data stays as it was.
 */
@H2Test
class PlanningServiceSecurityTest extends SignedInServiceTest {

    static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);
    static final Set<Role> REQUESTERS = EnumSet.of(Role.INTERNAL, Role.CLIENT_ADMIN, Role.CLIENT);

    @Autowired
    Backlog backlog;
    @Autowired
    Conflicts conflicts;
    @Autowired
    ConflictOverview overview;
    @Autowired
    PlanningSettings settings;
    @Autowired
    TeamCapacities capacities;
    @Autowired
    RequestLists lists;
    @Autowired
    PlanningFixtures fixtures;

    @TestFactory
    Stream<DynamicTest> each_role_is_let_through_exactly_the_planning_methods_meant_for_it() {
        long id = auroraRequest();
        long aurora = fixtures.organisationId("Aurora Commerce");
        long lead = SignedIn.as(users, "lead@ponte.test", () -> capacities.list()).getFirst().accountId();
        return RoleMatrix.pastTheCheck()
                .call("board", TEAM, () -> backlog.board(Lane.PRODUCT, BacklogFilter.NONE, PageRequest.of(0, 1)))
                .call("card", TEAM, () -> backlog.card(id))
                .call("plannedWork", TEAM, () -> backlog.plannedWork(List.of(id)))
                .call("plannedFinishes", TEAM, () -> backlog.plannedFinishes(List.of(id)))
                .call("efforts", TEAM, () -> backlog.efforts(List.of(id)))
                .call("place", TEAM, () -> backlog.place(id))
                .call("rate", TEAM, () -> backlog.rate(id, 9, null, -1))
                .call("preview", TEAM, () -> backlog.preview(id, 0))
                .call("move", TEAM, () -> backlog.move(id, 1, "x", -1))
                .call("returnToScore", TEAM, () -> backlog.returnToScore(id, -1))
                .call("conflicts", TEAM, () -> conflicts.active(PageRequest.of(0, 1)))
                .call("openConflicts", TEAM, () -> conflicts.open(ConflictKind.CAPACITY, PageRequest.of(0, 1)))
                .call("openByKind", TEAM, () -> overview.openByKind())
                .call("nextDecisions", TEAM, () -> overview.nextDecisions(1))
                .call("involvingMine", REQUESTERS, () -> overview.involvingMine(1))
                .call("capacityOutlook", TEAM, () -> capacities.outlook(1))
                .call("askForDecision", TEAM, () -> conflicts.askForDecision(-1, null, null, 0))
                .call("acceptRisk", TEAM, () -> conflicts.acceptRisk(-1, null, 0))
                .call("reschedule", TEAM, () -> conflicts.reschedule(-1, null, null, 0))
                .call("weights", TEAM, () -> settings.weights())
                .call("latestRecompute", TEAM, () -> settings.latestRecompute())
                .call("organisationWeights", TEAM, () -> settings.organisationWeights(PageRequest.of(0, 1)))
                .call("organisationWeight", TEAM, () -> settings.organisationWeight(aurora))
                .call("changeWeights", ADMIN, () -> settings.changeWeights(new Weights(9, 1, 1, 1, 1), -1))
                .call("weighOrganisation", ADMIN,
                        () -> settings.weighOrganisation(aurora, new BigDecimal("9"), "x", -1L))
                .call("capacities", TEAM, () -> capacities.list())
                .call("setCapacity", TEAM, () -> capacities.set(lead, new BigDecimal("-1"), null))
                .tests(users);
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
        return SignedIn.as(users, "leo@aurora.test", () -> lists.ours(RequestFilter.ALL, PageRequest.of(0, 100)))
                .getContent().stream().filter(r -> r.title().equals("Orders API returns 503 at peak traffic"))
                .findFirst().orElseThrow().id();
    }

}
