package app.ponte.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.SignedIn;
import app.ponte.TestClock;
import app.ponte.UiTest;
import app.ponte.dashboard.ui.DashboardCard;
import app.ponte.meeting.MeetingOutlook;
import app.ponte.meeting.MinutesFixtures;
import app.ponte.meeting.MinutesFixtures.Client;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A requester's next review and action items block. */
class MeetingBlockTest extends UiTest {

    @Autowired
    MeetingOutlook outlook;
    @Autowired
    MinutesFixtures fixtures;
    @Autowired
    TestClock clock;

    /** Opens the home page afresh (navigating to the page shown already would keep the earlier viewer's blocks). */
    private void home() {
        UI.getCurrent().navigate("action-items");
        UI.getCurrent().navigate("");
    }

    @Test
    void a_client_reads_its_next_review_with_a_link_to_it_and_never_another_organisations() {
        long ariaNext = SignedIn.as(users, "ana@aurora.test", () -> outlook.nextReview()).orElseThrow().meetingId();
        long meridianNext = SignedIn.as(users, "rita@meridian.test", () -> outlook.nextReview()).orElseThrow()
                .meetingId();

        signInAs("ana@aurora.test");
        home();
        assertThat(find(Anchor.class).id(MeetingBlock.ID + "-review").getHref()).isEqualTo("meetings/" + ariaNext);

        signInAs("rita@meridian.test");
        home();
        assertThat(find(Anchor.class).id(MeetingBlock.ID + "-review").getHref()).isEqualTo("meetings/" + meridianNext)
                .isNotEqualTo("meetings/" + ariaNext);
    }

    @Test
    void the_review_is_said_in_the_viewers_time_and_the_organisations_when_they_differ() {
        Client client = fixtures.newClient();
        fixtures.review(client, clock.instant().plus(Duration.ofDays(3)));
        signInAs(client.adminEmail());
        home();

        assertThat(find(Anchor.class).id(MeetingBlock.ID + "-review").getText()).as("their own zone is New York")
                .doesNotContain("America/New_York");
        assertThat(find(DashboardCard.class).id(MeetingBlock.ID).getElement().getTextRecursively())
                .contains("No open action item");
    }

    @Test
    void a_department_member_reads_its_departments_block() {
        signInAs("marketing@ponte.test");
        home();

        assertThat(find(DashboardCard.class).id(MeetingBlock.ID).getElement().getTextRecursively())
                .contains("Next review");
    }
}
