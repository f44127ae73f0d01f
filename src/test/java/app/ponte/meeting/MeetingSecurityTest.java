package app.ponte.meeting;

import static app.ponte.RoleMatrix.EVERYONE;
import static app.ponte.RoleMatrix.TEAM;

import app.ponte.H2Test;
import app.ponte.RoleMatrix;
import app.ponte.SignedInServiceTest;
import app.ponte.organisation.DemoFixtures;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Every role against every meeting method: the services refuse on their own. Changes are called with input that is
 * refused (no cadence, an id that does not exist), so an allowed role gets past the security check and nothing
 * changes.
 */
@H2Test
class MeetingSecurityTest extends SignedInServiceTest {

    @Autowired
    Meetings meetings;
    @Autowired
    ReviewSeries reviewSeries;
    @Autowired
    DemoFixtures fixtures;

    @TestFactory
    Stream<DynamicTest> each_role_is_let_through_exactly_the_meeting_methods_meant_for_it() {
        long aurora = fixtures.organisationId("Aurora Commerce");
        var nothing = new SeriesDraft(null, null, null, null, 0, LocalDate.EPOCH, true, Set.of(), false);
        return RoleMatrix.pastTheCheck()
                .call("upcoming", EVERYONE, () -> meetings.upcoming(null, PageRequest.of(0, 5)))
                .call("past", EVERYONE, () -> meetings.past(null, PageRequest.of(0, 5)))
                .call("summary", EVERYONE, () -> meetings.summary(-1))
                .call("organisations", TEAM, () -> meetings.organisations())
                .call("invitable", TEAM, () -> meetings.invitable(aurora))
                .call("move", TEAM, () -> meetings.move(-1, null, null, 0))
                .call("cancel", TEAM, () -> meetings.cancel(-1, null, 0))
                .call("planWorkshop", TEAM, () -> meetings.planWorkshop(new WorkshopDraft(null, null, null, 0,
                        Set.of())))
                .call("series", EVERYONE, () -> reviewSeries.series(aurora))
                .call("reviewed", EVERYONE, () -> reviewSeries.reviewed(aurora))
                .call("attendeeChoices", EVERYONE, () -> reviewSeries.attendeeChoices(aurora))
                .call("advice", EVERYONE, () -> reviewSeries.advice(aurora, nothing))
                .call("save", TEAM, () -> reviewSeries.save(aurora, nothing, -1L))
                .tests(users);
    }
}
