package app.ponte.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.H2Test;
import app.ponte.SignedInServiceTest;
import app.ponte.TestClock;
import app.ponte.meeting.MinutesFixtures.Client;
import app.ponte.organisation.DemoFixtures;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** A requester's next review and open action items on the dashboard, and the days-since-review signal. */
@H2Test
class MeetingOutlookTest extends SignedInServiceTest {

    static final String TEAM = MinutesFixtures.TEAM;

    @Autowired
    MeetingOutlook outlook;
    @Autowired
    ActionItems items;
    @Autowired
    MinutesFixtures fixtures;
    @Autowired
    DemoFixtures demo;
    @Autowired
    ReviewRecencySignal signal;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;

    private LocalDate today() {
        return LocalDate.now(clock.withZone(MinutesFixtures.NEW_YORK));
    }

    @Test
    void a_client_reads_its_own_next_planned_review_never_another_organisations_nor_a_workshop() {
        Client ours = fixtures.newClient();
        Client theirs = fixtures.newClient();
        Instant now = clock.instant();
        fixtures.workshop(ours, now.plus(Duration.ofHours(20)));
        long cancelled = fixtures.review(ours, now.plus(Duration.ofDays(1)));
        fixtures.cancel(cancelled);
        long next = fixtures.review(ours, now.plus(Duration.ofDays(2)));
        fixtures.review(ours, now.plus(Duration.ofDays(9)));
        fixtures.review(theirs, now.plus(Duration.ofHours(30)));
        fixtures.review(ours, now.minus(Duration.ofDays(5)));

        NextReview read = as(ours.memberEmail(), () -> outlook.nextReview()).orElseThrow();

        assertThat(read.meetingId()).isEqualTo(next);
        assertThat(read.zone()).isEqualTo(MinutesFixtures.NEW_YORK);
        assertThat(as(fixtures.newClient().adminEmail(), () -> outlook.nextReview())).isEmpty();
    }

    @Test
    void the_open_items_figures_equal_the_open_and_overdue_items_of_the_organisations_list() {
        Client ours = fixtures.newClient();
        Client theirs = fixtures.newClient();
        long meeting = fixtures.review(ours, clock.instant().minus(Duration.ofDays(10)));
        long theirMeeting = fixtures.review(theirs, clock.instant().minus(Duration.ofDays(10)));
        as(TEAM, () -> {
            items.create(meeting, new NewActionItem("Send the forecast", ours.memberId(), today().minusDays(2), null));
            items.create(meeting, new NewActionItem("Book the room", ours.adminId(), today().plusDays(4), null));
            items.create(meeting, new NewActionItem("Share the logs", ours.adminId(), today().plusDays(1), null));
            items.create(theirMeeting, new NewActionItem("Not ours", theirs.adminId(), today().minusDays(3), null));
            return null;
        });
        long done = as(TEAM, () -> items.create(meeting, new NewActionItem("Done already", ours.adminId(),
                today().minusDays(1), null)));
        ActionItemRow doneRow = as(ours.adminEmail(), () -> items.ofOrganisation(null, PageRequest.of(0, 20)))
                .getContent().stream().filter(row -> row.id() == done).findFirst().orElseThrow();
        as(ours.adminEmail(), () -> {
            items.setDone(done, true, doneRow.version());
            return null;
        });

        OpenActionItems read = as(ours.memberEmail(), () -> outlook.openActionItems());
        List<ActionItemRow> list = as(ours.memberEmail(), () -> items.ofOrganisation(null, PageRequest.of(0, 100)))
                .getContent();

        assertThat(read.open()).isEqualTo(3).isEqualTo(list.stream().filter(row -> !row.done()).count());
        assertThat(read.overdue()).isEqualTo(1).isEqualTo(list.stream().filter(ActionItemRow::overdue).count());
        assertThat(read.first()).extracting(ActionItemRow::text).as("overdue on top, then by due day, no done one")
                .containsExactly("Send the forecast", "Share the logs", "Book the room");
    }

    @Test
    void the_review_signal_counts_days_since_the_last_held_review_or_since_an_unkept_cadence_began() {
        Client reviewed = fixtures.newClient();
        Client never = fixtures.newClient();
        Instant now = clock.instant();
        long held = fixtures.review(reviewed, now.minus(Duration.ofDays(100).plusHours(1)));
        jdbc.update("update meetings set state = 'HELD' where id = ?", held);
        fixtures.review(reviewed, now.minus(Duration.ofDays(20))); // planned, never held: does not count

        Map<Long, Long> days = signal.measure(now);

        assertThat(days).containsEntry(reviewed.organisationId(), 100L)
                .as("no series and no review held: nothing agreed to measure").doesNotContainKey(never.organisationId());
        assertThat(days.get(demo.organisationId("Aurora Commerce"))).as("the demo held last week's review")
                .isBetween(0L, 13L);
        assertThat(days).as("Meridian's monthly cadence began this month, no review held yet")
                .containsKey(demo.organisationId("Meridian Bank"));
        assertThat(signal.levelOf(45)).isEqualTo(app.ponte.dashboard.HealthLevel.WARN);
        assertThat(signal.levelOf(90)).isEqualTo(app.ponte.dashboard.HealthLevel.ALERT);
    }
}
