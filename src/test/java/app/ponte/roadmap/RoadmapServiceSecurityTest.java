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
 * Every role against every public method of the roadmap's services. Changes are called with ids that do not exist or bad input, so
 * an allowed role gets past the security check and is refused for the input; nothing changes.
 */
@H2Test
class RoadmapServiceSecurityTest extends SignedInServiceTest {

    @Autowired
    Initiatives initiatives;
    @Autowired
    MilestoneScope scope;
    @Autowired
    MilestoneDates dates;
    @Autowired
    Deliveries deliveries;
    @Autowired
    PromiseLedger promises;
    @Autowired
    RoadmapReading roadmap;
    @Autowired
    PromiseHistory history;
    @Autowired
    RoadmapMentions mentions;
    @Autowired
    RequestRoadmap requestRoadmap;
    @Autowired
    RoadmapDashboard dashboard;

    @TestFactory
    Stream<DynamicTest> each_role_is_let_through_exactly_the_roadmap_methods_meant_for_it() {
        return RoleMatrix.pastTheCheck()
                .call("Initiatives.createInitiative", TEAM,
                        () -> initiatives.createInitiative(new InitiativeDraft(" ", null, false, null, null)))
                .call("Initiatives.editInitiative", TEAM, () -> initiatives.editInitiative(-1,
                        new InitiativeDraft(" ", null, false, null, null), 0))
                .call("Initiatives.cancelInitiative", TEAM, () -> initiatives.cancelInitiative(-1, null, 0))
                .call("Initiatives.addMilestone", TEAM,
                        () -> initiatives.addMilestone(-1, new MilestoneDraft("x", "y")))
                .call("Initiatives.editMilestone", TEAM,
                        () -> initiatives.editMilestone(-1, new MilestoneDraft("x", "y"), 0))
                .call("MilestoneScope.link", TEAM, () -> scope.link(-1, -1))
                .call("MilestoneScope.unlink", TEAM, () -> scope.unlink(-1, -1, null, 0))
                .call("MilestoneDates.proposal", TEAM, () -> dates.proposal(-1))
                .call("MilestoneDates.plan", TEAM, () -> dates.plan(-1))
                .call("MilestoneDates.commit", TEAM, () -> dates.commit(-1, null, null, 0))
                .call("Deliveries.deliver", TEAM, () -> deliveries.deliver(-1, null, 0))
                .call("Deliveries.changelog", EVERYONE, () -> deliveries.changelog(-1, PageRequest.of(0, 1)))
                .call("PromiseLedger.ledger", EVERYONE, () -> promises.ledger(-1, PageRequest.of(0, 1)))
                .call("PromiseLedger.promiseSummary", EVERYONE, () -> promises.promiseSummary(-1))
                .call("PromiseLedger.deliveryRecord", TEAM, () -> promises.deliveryRecord())
                .call("PromiseLedger.recentDeliveryRecord", TEAM, () -> promises.recentDeliveryRecord(12))
                .call("RoadmapDashboard.coming", EVERYONE, () -> dashboard.coming(-1, 5))
                .call("RoadmapDashboard.promisesByMonth", EVERYONE, () -> dashboard.promisesByMonth(-1, 12))
                .call("RoadmapDashboard.atRisk", TEAM, () -> dashboard.atRisk(5))
                .call("RoadmapDashboard.deliveredByWeek", TEAM, () -> dashboard.deliveredByWeek(12))
                .call("RoadmapReading.initiatives", EVERYONE,
                        () -> roadmap.initiatives(null, null, null, PageRequest.of(0, 1)))
                .call("PromiseHistory.initiative", TEAM, () -> history.initiative(Instant.EPOCH,
                        new InitiativeDraft(" ", null, false, null, null)))
                .call("PromiseHistory.committed", TEAM,
                        () -> history.committed(Instant.EPOCH, -1, LocalDate.EPOCH, null))
                .call("PromiseHistory.delivered", TEAM, () -> history.delivered(Instant.EPOCH, -1, LocalDate.EPOCH))
                .call("RoadmapMentions.inInitiative", TEAM, () -> mentions.inInitiative(-1L, false, "Sales"))
                .call("RoadmapMentions.inMilestone", TEAM, () -> mentions.inMilestone(-1, null, false, "Sales"))
                .call("RoadmapMentions.inTakeOut", TEAM, () -> mentions.inTakeOut(-1, -1, "Sales"))
                .call("RequestRoadmap.milestoneOf", EVERYONE, () -> requestRoadmap.milestoneOf(-1))
                .call("RequestRoadmap.committedDays", EVERYONE, () -> requestRoadmap.committedDays(List.of(-1L)))
                .call("RequestRoadmap.requestsOf", EVERYONE, () -> requestRoadmap.requestsOf(List.of(-1L)))
                .tests(users);
    }

    @Test
    void nobody_signed_out_reads_a_ledger_or_a_changelog() {
        for (Runnable anything : List.<Runnable>of(() -> promises.ledger(1, PageRequest.of(0, 1)),
                () -> deliveries.changelog(1, PageRequest.of(0, 1)))) {
            assertThat(catchThrowable(anything::run)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        }
    }

}
