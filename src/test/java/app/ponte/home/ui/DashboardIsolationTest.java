package app.ponte.home.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.SignedIn;
import app.ponte.TestClock;
import app.ponte.UiTest;
import app.ponte.dashboard.ChartData;
import app.ponte.dashboard.ui.ChartCard;
import app.ponte.feedback.FeedbackFixtures;
import app.ponte.meeting.ActionItems;
import app.ponte.meeting.ActivityFixtures;
import app.ponte.meeting.MinutesFixtures;
import app.ponte.meeting.NewActionItem;
import app.ponte.organisation.DemoFixtures;
import app.ponte.organisation.Organisations;
import app.ponte.request.RequestDraft;
import app.ponte.request.RequestIntake;
import app.ponte.request.RequestKind;
import app.ponte.request.RequestReading;
import app.ponte.request.RequestStatus;
import app.ponte.request.RequestWorkflow;
import app.ponte.sla.ClockFixtures;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every requester block at once, with a second organisation's data present in each feature: Meridian Bank gets a
 * request of every kind the blocks count (open, waiting for its answer), a running SLA clock past its deadline, a
 * freeze window with its reason on a system only it depends on, a conflict between its own request and that window,
 * a planned review with action items, a feedback form waiting, a coming milestone, a promise and a changelog entry.
 * Aurora's and Marketing's home pages stay exactly as they were (same words, same figures, same links), and none
 * names any of it; Meridian's own home shows it (the data is there to leak).
 */
class DashboardIsolationTest extends UiTest {

    private static final String MARK = "Zanzibar";

    @Autowired
    DemoFixtures demo;
    @Autowired
    Organisations organisations;
    @Autowired
    RequestIntake intake;
    @Autowired
    RequestWorkflow workflow;
    @Autowired
    RequestReading reading;
    @Autowired
    ClockFixtures clocks;
    @Autowired
    FeedbackFixtures feedback;
    @Autowired
    MinutesFixtures minutes;
    @Autowired
    ActionItems items;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;

    /** What a home page shows a viewer: its words, each chart's data and every link. */
    private record Home(String text, List<ChartData> charts, List<String> links) {
    }

    @Test
    void a_second_organisations_data_in_every_feature_changes_nothing_on_another_requesters_home() {
        List<String> viewers = List.of("ana@aurora.test", "leo@aurora.test", "marketing@ponte.test");
        List<Home> before = viewers.stream().map(this::home).toList();

        // Written outside the page shown (it was opened in another organisation than Meridian's or the team's).
        java.util.concurrent.CompletableFuture.runAsync(this::seedMeridian).join();

        List<Home> after = viewers.stream().map(this::home).toList();
        for (int i = 0; i < viewers.size(); i++) {
            assertThat(after.get(i).text()).as(viewers.get(i)).doesNotContain(MARK);
            assertThat(after.get(i).charts()).as(viewers.get(i) + "'s figures").isEqualTo(before.get(i).charts());
            assertThat(after.get(i).links()).as(viewers.get(i) + "'s links").isEqualTo(before.get(i).links());
            assertThat(after.get(i).text()).as(viewers.get(i) + "'s words").isEqualTo(before.get(i).text());
        }
        String meridian = home("rita@meridian.test").text();
        assertThat(meridian).as("Meridian's own home shows what was seeded")
                .contains(MARK + " oldest question", MARK + " clock", MARK + " action", MARK + " reason");
    }

    private void seedMeridian() {
        long meridian = demo.organisationId("Meridian Bank");
        long rita = jdbc.queryForObject("select id from accounts where email = 'rita@meridian.test'", Long.class);
        long lead = jdbc.queryForObject("select id from accounts where email = 'lead@ponte.test'", Long.class);
        Instant now = clock.instant();
        LocalDate today = clock.today();

        // Requests: an open one, one waiting for Meridian's answer, one with a running SLA clock past its deadline.
        long open = file(MARK + " oldest question");
        long waiting = file(MARK + " waiting for the bank");
        SignedIn.run(users, "lead@ponte.test", () -> workflow.move(waiting, RequestStatus.WAITING_FOR_REQUESTER,
                "Which account?", reading.details(waiting).version()));
        long late = clocks.file("rita@meridian.test", MARK + " clock");
        clocks.clock(late, meridian, MARK + " clock").firstResponse(now.minus(Duration.ofHours(1)), null)
                .firstResponseAtRisk(now.minus(Duration.ofHours(2))).save();

        // A freeze window with its reason on a system only Meridian depends on, and a conflict with its request.
        var activity = new ActivityFixtures(jdbc, organisations);
        long system = activity.system(MARK + " ledger");
        activity.dependsOn(meridian, system);
        long window = activity.freeze(system, meridian, today.plusDays(5), today.plusDays(9), MARK + " reason");
        long item = jdbc.queryForList("select id from backlog_items where request_id = ?", Long.class, open).stream()
                .findFirst().orElseGet(() -> activity.backlogItem(open, meridian, MARK + " backlog item"));
        activity.conflict("FREEZE_CLASH", item, system, window, meridian, today.plusDays(5), today.plusDays(9), now, "OPEN",
                null, null);

        // A planned review, and an overdue action item of an earlier one.
        var client = new MinutesFixtures.Client(meridian, "Meridian Bank", rita, "rita@meridian.test", rita,
                "rita@meridian.test");
        minutes.review(client, now.plus(Duration.ofDays(3)));
        long held = minutes.review(client, now.minus(Duration.ofDays(10)));
        SignedIn.as(users, "lead@ponte.test", () -> items.create(held,
                new NewActionItem(MARK + " action", rita, today.minusDays(2), null)));

        // A delivered request with its feedback form waiting for Rita.
        feedback.deliveredRequest(new FeedbackFixtures.Client(meridian, "Meridian Bank", rita, "rita@meridian.test",
                lead), MARK + " delivered");

        // A coming milestone on Meridian's own request, a delivered one with a late promise and a changelog entry.
        long coming = activity.milestone(MARK + " coming milestone", "PLANNED", today.plusDays(20), null);
        activity.links(coming, open, meridian);
        long delivered = activity.milestone(MARK + " delivered milestone", "DELIVERED", today.minusDays(40),
                today.minusDays(10));
        activity.links(delivered, waiting, meridian);
        activity.promise(delivered, meridian, today.minusDays(40), today.minusDays(40), now.minus(Duration.ofDays(60)),
                today.minusDays(10));
        jdbc.update("""
                insert into changelog_entries (version, milestone_id, title, what_changed, published_on, published_at)
                values (0, ?, ?, ?, ?, ?)""", delivered, MARK + " changelog",
                MARK + " what changed", today.minusDays(10), Timestamp.from(now.minus(Duration.ofDays(10))));
    }

    private long file(String title) {
        return SignedIn.as(users, "rita@meridian.test",
                () -> intake.file(RequestDraft.simple(RequestKind.QUESTION, title, "Details of " + title)));
    }

    private Home home(String email) {
        signInAs(email);
        // Through another page: the home page shown again would keep the earlier viewer's blocks.
        UI.getCurrent().navigate("action-items");
        UI.getCurrent().navigate("");
        Component view = (Component) UI.getCurrent().getCurrentView();
        return new Home(view.getElement().getTextRecursively(),
                descendants(view).filter(ChartCard.class::isInstance).map(c -> ((ChartCard) c).data()).toList(),
                descendants(view).filter(Anchor.class::isInstance).map(a -> ((Anchor) a).getHref())
                        // A CSV download's address is a fresh resource on every page; its rows are the chart's data.
                        .filter(href -> !href.startsWith("VAADIN/dynamic/")).toList());
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(DashboardIsolationTest::descendants));
    }
}
