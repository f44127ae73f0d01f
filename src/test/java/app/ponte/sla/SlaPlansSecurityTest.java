package app.ponte.sla;

import static app.ponte.RoleMatrix.EVERYONE;
import static app.ponte.RoleMatrix.TEAM;

import app.ponte.H2Test;
import app.ponte.RoleMatrix;
import app.ponte.SignedInServiceTest;
import app.ponte.organisation.DemoFixtures;
import app.ponte.security.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Every role against every plans method: admins keep plans and who is on them, the team reads them, every
 * member reads its own organisation's plan. Changes are called with input the service refuses (a stale
 * version, an unknown plan, an empty draft), so an allowed role gets past the check and nothing changes.
 */
@H2Test
class SlaPlansSecurityTest extends SignedInServiceTest {

    static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);

    @Autowired
    SlaPlans plans;
    @Autowired
    DemoFixtures fixtures;

    @TestFactory
    Stream<DynamicTest> each_role_is_let_through_exactly_the_plans_methods_meant_for_it() {
        long premium = as("admin@ponte.test", () -> plans.list()).stream()
                .filter(p -> p.name().equals("Premium 24/7")).findFirst().orElseThrow().id();
        long aurora = fixtures.organisationId("Aurora Commerce");
        PlanDraft empty = new PlanDraft("", false, List.of());
        return RoleMatrix.pastTheCheck()
                .call("list", TEAM, () -> plans.list())
                .call("get", TEAM, () -> plans.get(premium))
                .call("calendars", TEAM, () -> plans.calendars())
                .call("organisations", TEAM, () -> plans.organisations("", PageRequest.of(0, 5)))
                .call("create", ADMIN, () -> plans.create(empty))
                .call("change", ADMIN, () -> plans.change(premium, empty, -1))
                .call("assign", ADMIN, () -> plans.assign(aurora, Long.MAX_VALUE))
                .call("myPlan", EVERYONE, () -> plans.myPlan())
                .tests(users);
    }
}
