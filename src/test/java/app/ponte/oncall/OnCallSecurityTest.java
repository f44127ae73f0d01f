package app.ponte.oncall;

import static app.ponte.RoleMatrix.EVERYONE;
import static app.ponte.RoleMatrix.TEAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.ponte.H2Test;
import app.ponte.RoleMatrix;
import app.ponte.SignedInServiceTest;
import app.ponte.security.Role;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every role against every on-call method: the services refuse on their own. Changes are called with input that is
 * refused, so an allowed role gets past the security check and nothing changes.
 */
@H2Test
class OnCallSecurityTest extends SignedInServiceTest {

    static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);

    @Autowired
    OnCall onCall;
    @Autowired
    EscalationPolicies policies;
    @Autowired
    IncidentPages pages;

    @TestFactory
    Stream<DynamicTest> each_role_is_let_through_exactly_the_on_call_methods_meant_for_it() {
        var emptyRota = new RotaDraft(List.of(), DayOfWeek.MONDAY, LocalTime.NOON, ZoneId.of("UTC"), LocalDate.EPOCH);
        return RoleMatrix.pastTheCheck()
                .call("now", TEAM, () -> onCall.now())
                .call("handOvers", TEAM, () -> onCall.handOvers())
                .call("gaps", TEAM, () -> onCall.gaps())
                .call("rota", TEAM, () -> onCall.rota())
                .call("teamPeople", TEAM, () -> onCall.teamPeople())
                .call("overrides", TEAM, () -> onCall.overrides())
                .call("saveRota", ADMIN, () -> onCall.saveRota(emptyRota, -1L))
                .call("addOverride", ADMIN, () -> onCall.addOverride(new OnCall.OverrideDraft(null, null, null, null)))
                .call("removeOverride", ADMIN, () -> onCall.removeOverride(-1, 0))
                .call("clientCover", EVERYONE, () -> onCall.clientCover())
                .call("policy", TEAM, () -> policies.policy())
                .call("savePolicy", ADMIN, () -> policies.save(List.of(), List.of(), -1L))
                .call("openPages", TEAM, () -> pages.openPages())
                .call("history", EVERYONE, () -> pages.history(-1))
                .call("acknowledge", TEAM, () -> pages.acknowledge(-1))
                .call("checkLink", EVERYONE, () -> pages.checkLink("no-such-token"))
                .call("acknowledgeByLink", EVERYONE, () -> pages.acknowledgeByLink("no-such-token"))
                .tests(users);
    }

    @Test
    void a_client_cannot_read_the_rota_the_policy_or_the_pages() {
        for (String client : List.of("leo@aurora.test", "ana@aurora.test", "marketing@ponte.test")) {
            assertThat(catchThrowable(() -> as(client, () -> onCall.rota()))).isInstanceOf(AccessDeniedException.class);
            assertThat(catchThrowable(() -> as(client, () -> onCall.now()))).isInstanceOf(AccessDeniedException.class);
            assertThat(catchThrowable(() -> as(client, () -> policies.policy())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(catchThrowable(() -> as(client, () -> pages.openPages())))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
