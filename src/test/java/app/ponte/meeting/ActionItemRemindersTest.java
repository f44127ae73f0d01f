package app.ponte.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.H2Test;
import app.ponte.SignedInServiceTest;
import app.ponte.TestClock;
import app.ponte.meeting.MinutesFixtures.Client;
import app.ponte.security.SystemAuthentication;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The reminder job tells an open item's owner the day before it is due and once it is overdue, once each. */
@H2Test
class ActionItemRemindersTest extends SignedInServiceTest {

    @Autowired
    ActionItemReminders reminders;
    @Autowired
    ActionItems items;
    @Autowired
    MinutesFixtures fixtures;
    @Autowired
    TestClock clock;

    @Test
    void the_owner_is_reminded_once_the_day_before_and_once_after_the_due_day_however_often_the_job_runs() {
        Client client = fixtures.newClient();
        long meeting = fixtures.review(client, clock.instant().minus(Duration.ofHours(1)));
        LocalDate tomorrow = LocalDate.now(clock.withZone(MinutesFixtures.NEW_YORK)).plusDays(1);
        as(MinutesFixtures.TEAM, () -> items.create(meeting, new NewActionItem("Share the forecast",
                client.memberId(), tomorrow, null)));
        long ticked = as(MinutesFixtures.TEAM, () -> items.create(meeting, new NewActionItem("Already done",
                client.adminId(), tomorrow, null)));
        as(client.adminEmail(), () -> {
            items.setDone(ticked, true, 0);
            return null;
        });

        runJob();
        runJob();
        int dueNotices = fixtures.notices(client.memberId(), "ACTION_ITEM_DUE");
        int overdueBefore = fixtures.notices(client.memberId(), "ACTION_ITEM_OVERDUE");
        clock.advance(Duration.ofDays(3));
        runJob();
        runJob();

        assertThat(dueNotices).isEqualTo(1);
        assertThat(overdueBefore).isZero();
        assertThat(fixtures.notices(client.memberId(), "ACTION_ITEM_DUE")).isEqualTo(1);
        assertThat(fixtures.notices(client.memberId(), "ACTION_ITEM_OVERDUE")).isEqualTo(1);
        assertThat(fixtures.notices(client.adminId(), "ACTION_ITEM_DUE")
                + fixtures.notices(client.adminId(), "ACTION_ITEM_OVERDUE")).isZero();
    }

    @Test
    void an_item_due_later_than_tomorrow_waits() {
        Client client = fixtures.newClient();
        long meeting = fixtures.review(client, clock.instant());
        as(MinutesFixtures.TEAM, () -> items.create(meeting, new NewActionItem("Next week", client.memberId(),
                LocalDate.now(clock.withZone(MinutesFixtures.NEW_YORK)).plusDays(7), null)));

        runJob();

        assertThat(fixtures.notices(client.memberId(), "ACTION_ITEM_DUE")).isZero();
    }

    private void runJob() {
        SystemAuthentication.runAsAdmin(reminders::sendDue);
    }
}
