package app.ponte.roadmap;

import static app.ponte.RoleMatrix.EVERYONE;
import static app.ponte.RoleMatrix.TEAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.ponte.H2Test;
import app.ponte.RoleMatrix;
import app.ponte.SignedInServiceTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * Every role against every roadmap method. Changes are called with ids that do not exist or bad input, so
 * an allowed role gets past the security check and is refused for the input; nothing changes.
 */
@H2Test
class RoadmapServiceSecurityTest extends SignedInServiceTest {

    @Autowired
    Roadmap roadmap;

    @Autowired
    PromiseHistory history;

    @TestFactory
    Stream<DynamicTest> each_role_is_let_through_exactly_the_roadmap_methods_meant_for_it() {
        return RoleMatrix.pastTheCheck()
                .call("createInitiative", TEAM,
                        () -> roadmap.createInitiative(new InitiativeDraft(" ", null, false, null, null)))
                .call("addMilestone", TEAM, () -> roadmap.addMilestone(-1, new MilestoneDraft("x", "y")))
                .call("link", TEAM, () -> roadmap.link(-1, -1))
                .call("unlink", TEAM, () -> roadmap.unlink(-1, -1, null, 0))
                .call("proposal", TEAM, () -> roadmap.proposal(-1))
                .call("plan", TEAM, () -> roadmap.plan(-1))
                .call("editInitiative", TEAM, () -> roadmap.editInitiative(-1, new InitiativeDraft(" ", null, false,
                        null, null), 0))
                .call("editMilestone", TEAM, () -> roadmap.editMilestone(-1, new MilestoneDraft("x", "y"), 0))
                .call("cancelInitiative", TEAM, () -> roadmap.cancelInitiative(-1, null, 0))
                .call("history.initiative", TEAM, () -> history.initiative(Instant.EPOCH,
                        new InitiativeDraft(" ", null, false, null, null)))
                .call("history.committed", TEAM, () -> history.committed(Instant.EPOCH, -1, LocalDate.EPOCH, null))
                .call("history.delivered", TEAM, () -> history.delivered(Instant.EPOCH, -1, LocalDate.EPOCH))
                .call("commit", TEAM, () -> roadmap.commit(-1, null, null, 0))
                .call("deliver", TEAM, () -> roadmap.deliver(-1, null, 0))
                .call("initiatives", EVERYONE, () -> roadmap.initiatives(null, null, null, PageRequest.of(0, 1)))
                .call("promiseSummary", EVERYONE, () -> roadmap.promiseSummary(-1))
                .call("deliveryRecord", TEAM, () -> roadmap.deliveryRecord())
                .call("ledger", EVERYONE, () -> roadmap.ledger(-1, PageRequest.of(0, 1)))
                .call("changelog", EVERYONE, () -> roadmap.changelog(-1, PageRequest.of(0, 1)))
                .tests(users);
    }

    @Test
    void nobody_signed_out_reads_a_ledger_or_a_changelog() {
        for (Runnable anything : List.<Runnable>of(() -> roadmap.ledger(1, PageRequest.of(0, 1)), () -> roadmap.changelog(1,
                PageRequest.of(0, 1)))) {
            assertThat(catchThrowable(anything::run)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        }
    }

}
