package app.ponte.meeting;

import static app.ponte.RoleMatrix.EVERYONE;
import static app.ponte.RoleMatrix.TEAM;

import app.ponte.H2Test;
import app.ponte.RoleMatrix;
import app.ponte.SignedInServiceTest;
import app.ponte.security.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Every role against every public method of the minutes' services; changes are called with ids that do not exist
 * (or input that is refused), so nothing changes.
 */
@H2Test
class MeetingSecurityTest extends SignedInServiceTest {

    @Autowired
    MeetingPages pages;
    @Autowired
    Agendas agendas;
    @Autowired
    Minutes minutes;
    @Autowired
    ActionItems items;
    @Autowired
    ActionItemReminders reminders;
    @Autowired
    MeetingHistory history;

    @TestFactory
    Stream<DynamicTest> each_role_is_let_through_exactly_the_minutes_methods_meant_for_it() {
        var draft = new NewActionItem("x", 1L, LocalDate.now(), null);
        return RoleMatrix.pastTheCheck()
                .call("MeetingPages.page", EVERYONE, () -> pages.page(-1))
                .call("Agendas.addPoint", EVERYONE, () -> agendas.addPoint(-1, "x"))
                .call("Agendas.hold", TEAM, () -> agendas.hold(-1, 0))
                .call("Minutes.save", TEAM, () -> minutes.save(-1, "x", "y", null))
                .call("Minutes.addOutcome", TEAM, () -> minutes.addOutcome(-1, "x"))
                .call("Minutes.removeOutcome", TEAM, () -> minutes.removeOutcome(-1))
                .call("ActionItems.create", TEAM, () -> items.create(-1, draft))
                .call("ActionItems.setDone", EVERYONE, () -> items.setDone(-1, true, 0))
                .call("ActionItems.mine", EVERYONE, () -> items.mine(PageRequest.of(0, 1)))
                .call("ActionItems.ofOrganisation", EVERYONE, () -> items.ofOrganisation(null, PageRequest.of(0, 1)))
                .call("ActionItems.ownerOptions", TEAM, () -> items.ownerOptions(-1))
                .call("ActionItemReminders.sendDue", EnumSet.of(Role.ADMIN), () -> reminders.sendDue())
                .call("MeetingHistory.latestReviewBefore", EnumSet.of(Role.ADMIN),
                        () -> history.latestReviewBefore(-1, Instant.now()))
                .call("MeetingHistory.recordPastReview", EnumSet.of(Role.ADMIN),
                        () -> history.recordPastReview(-1, Instant.now().plusSeconds(60), 30, ZoneId.of("UTC"),
                                Set.of()))
                .tests(users);
    }
}
