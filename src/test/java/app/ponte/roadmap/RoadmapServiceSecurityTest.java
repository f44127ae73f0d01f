package app.ponte.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.ponte.H2Test;
import app.ponte.SignedIn;
import app.ponte.SignedInServiceTest;
import app.ponte.security.Role;
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
 * Every role against every roadmap method. Changes are called with ids that do not exist or bad input, so
 * an allowed role gets past the security check and is refused for the input; nothing changes.
 */
@H2Test
class RoadmapServiceSecurityTest extends SignedInServiceTest {

    static final Map<Role, String> ACCOUNTS = Map.of(
            Role.ADMIN, "admin@ponte.test",
            Role.TEAM, "lead@ponte.test",
            Role.INTERNAL, "marketing@ponte.test",
            Role.CLIENT_ADMIN, "ana@aurora.test",
            Role.CLIENT, "leo@aurora.test");
    static final Set<Role> TEAM = EnumSet.of(Role.ADMIN, Role.TEAM);
    static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);

    @Autowired
    Roadmap roadmap;

    @TestFactory
    Stream<DynamicTest> each_role_is_let_through_exactly_the_roadmap_methods_meant_for_it() {
        Map<String, Set<Role>> allowed = new LinkedHashMap<>();
        Map<String, Runnable> calls = new LinkedHashMap<>();
        add(allowed, calls, "createInitiative", TEAM,
                () -> roadmap.createInitiative(new InitiativeDraft(" ", null, false, null, null)));
        add(allowed, calls, "addMilestone", TEAM, () -> roadmap.addMilestone(-1, new MilestoneDraft("x", "y")));
        add(allowed, calls, "link", TEAM, () -> roadmap.link(-1, -1));
        add(allowed, calls, "proposal", TEAM, () -> roadmap.proposal(-1));
        add(allowed, calls, "commit", TEAM, () -> roadmap.commit(-1, null, null, 0));
        add(allowed, calls, "deliver", TEAM, () -> roadmap.deliver(-1, null, 0));
        add(allowed, calls, "initiatives", EVERYONE, () -> roadmap.initiatives(null, null, PageRequest.of(0, 1)));
        add(allowed, calls, "promiseSummary", EVERYONE, () -> roadmap.promiseSummary(-1));
        add(allowed, calls, "deliveryRecord", TEAM, () -> roadmap.deliveryRecord());
        add(allowed, calls, "ledger", EVERYONE, () -> roadmap.ledger(-1));
        add(allowed, calls, "changelog", EVERYONE, () -> roadmap.changelog(-1, PageRequest.of(0, 1)));
        return Stream.of(Role.values()).flatMap(role -> calls.entrySet().stream().map(call ->
                DynamicTest.dynamicTest(role + " → " + call.getKey(), () -> {
                    Throwable outcome = catchThrowable(() -> SignedIn.run(users, ACCOUNTS.get(role), call.getValue()));
                    if (allowed.get(call.getKey()).contains(role)) {
                        if (outcome != null) {
                            assertThat(outcome).as("allowed").isNotInstanceOf(AccessDeniedException.class);
                        }
                    } else {
                        assertThat(outcome).as("refused").isInstanceOf(AccessDeniedException.class);
                    }
                })));
    }

    @Test
    void nobody_signed_out_reads_a_ledger_or_a_changelog() {
        for (Runnable anything : List.<Runnable>of(() -> roadmap.ledger(1), () -> roadmap.changelog(1,
                PageRequest.of(0, 1)))) {
            assertThat(catchThrowable(anything::run)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        }
    }

    private static void add(Map<String, Set<Role>> allowed, Map<String, Runnable> calls, String name, Set<Role> roles,
            Runnable call) {
        allowed.put(name, roles);
        calls.put(name, call);
    }
}
