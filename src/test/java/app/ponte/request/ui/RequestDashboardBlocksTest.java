package app.ponte.request.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.security.Role;
import app.ponte.SignedIn;
import app.ponte.UiTest;
import app.ponte.dashboard.ChartData;
import app.ponte.dashboard.ui.ChartCard;
import app.ponte.organisation.DemoFixtures;
import app.ponte.request.RequestDraft;
import app.ponte.request.RequestIntake;
import app.ponte.request.RequestKind;
import app.ponte.request.RequestReading;
import app.ponte.request.RequestStatus;
import app.ponte.request.RequestSummary;
import app.ponte.request.RequestWorkflow;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The request blocks of the dashboards, per role, and the lists their figures lead to: opened from the address
 * with those filters, and listing as many requests as the figure says.
 */
class RequestDashboardBlocksTest extends UiTest {

    private static final List<String> REQUESTER_BLOCKS = List.of("dashboard-requests-by-status",
            "dashboard-requests-oldest", "dashboard-requests-your-answer");
    private static final List<String> TEAM_BLOCKS = List.of("dashboard-requests-age",
            "dashboard-requests-by-organisation", "dashboard-requests-queue");

    @Autowired
    RequestIntake intake;
    @Autowired
    RequestWorkflow workflow;
    @Autowired
    RequestReading reading;
    @Autowired
    DemoFixtures fixtures;

    @Test
    void the_inbox_opens_from_its_address_with_each_filter_set() {
        long aurora = fixtures.organisationId("Aurora Commerce");
        signInAs("lead@ponte.test");

        InboxView inbox = open("inbox?status=WAITING_FOR_REQUESTER&kind=QUESTION&organisation=" + aurora
                + "&unassigned=true&older-than=2&newer-than=9&at-risk=true&filed-since=2026-01-05", InboxView.class);

        assertThat(inbox.requests.status.getValue()).isEqualTo(StatusChoice.of(RequestStatus.WAITING_FOR_REQUESTER));
        assertThat(inbox.requests.kind.getValue()).isEqualTo(RequestKind.QUESTION);
        assertThat(inbox.organisation.getValue().id()).isEqualTo(aurora);
        assertThat(inbox.unassigned.getValue()).isTrue();
        assertThat(inbox.olderThanDays.getValue()).isEqualTo(2);
        assertThat(inbox.newerThanDays.getValue()).isEqualTo(9);
        assertThat(inbox.requests.atRisk.getValue()).isTrue();
        assertThat(inbox.requests.filedSince.getValue()).isEqualTo(LocalDate.of(2026, 1, 5));
    }

    @Test
    void a_malformed_value_in_the_inbox_address_is_ignored_and_the_others_apply() {
        signInAs("lead@ponte.test");

        InboxView inbox = open("inbox?status=NOPE&kind=bug&organisation=99999999&older-than=abc&newer-than=-3"
                + "&filed-since=yesterday", InboxView.class);

        assertThat(inbox.requests.status.getValue()).as("the inbox's default").isEqualTo(StatusChoice.OPEN);
        assertThat(inbox.requests.kind.getValue()).isEqualTo(RequestKind.BUG);
        assertThat(inbox.organisation.getValue()).isNull();
        assertThat(inbox.olderThanDays.getValue()).isNull();
        assertThat(inbox.newerThanDays.getValue()).isNull();
        assertThat(inbox.requests.filedSince.getValue()).isNull();
    }

    @Test
    void a_filter_changed_by_hand_after_a_link_lists_again_as_before() {
        long fresh = file("leo@aurora.test", "Hand-changed after a link");
        signInAs("lead@ponte.test");
        InboxView inbox = open("inbox?older-than=1", InboxView.class);
        test(inbox.requests.search).setValue("hand-changed after");
        assertThat(ids(inbox.requests.grid)).doesNotContain(fresh);

        test(inbox.olderThanDays).setValue(null);

        assertThat(ids(inbox.requests.grid)).containsExactly(fresh);
    }

    @Test
    void the_inbox_shown_again_from_another_link_keeps_nothing_of_the_previous_one() {
        signInAs("lead@ponte.test");
        open("inbox?status=WAITING_FOR_REQUESTER&unassigned=true&kind=BUG", InboxView.class);

        InboxView inbox = open("inbox?older-than=3", InboxView.class);

        assertThat(inbox.requests.status.getValue()).isEqualTo(StatusChoice.OPEN);
        assertThat(inbox.unassigned.getValue()).isFalse();
        assertThat(inbox.requests.kind.getValue()).isNull();
        assertThat(inbox.olderThanDays.getValue()).isEqualTo(3);
    }

    @Test
    void a_requesters_list_opens_from_its_address_and_ignores_an_organisation_in_it() {
        long meridian = fixtures.organisationId("Meridian Bank");
        long theirs = file("rita@meridian.test", "Linked list of another bank");
        long ours = file("leo@aurora.test", "Linked list of our own");
        signInAs("ana@aurora.test");

        RequestListView list = open("requests?status=NEW&kind=QUESTION&own=true&organisation=" + meridian,
                RequestListView.class);

        assertThat(list.requests.status.getValue()).isEqualTo(StatusChoice.of(RequestStatus.NEW));
        assertThat(list.requests.kind.getValue()).isEqualTo(RequestKind.QUESTION);
        assertThat(list.own.getValue()).isTrue();
        assertThat(ids(list.requests.grid)).contains(ours).doesNotContain(theirs);
    }

    @Test
    void a_requesters_home_shows_its_request_blocks_and_none_of_the_teams() {
        signInAs("ana@aurora.test");
        UI.getCurrent().navigate("");

        assertThat(REQUESTER_BLOCKS).allMatch(id -> byId(id).isPresent());
        assertThat(TEAM_BLOCKS).allMatch(id -> byId(id).isEmpty());
    }

    @Test
    void the_teams_home_shows_the_queue_blocks_and_none_of_the_requesters() {
        signInAs("lead@ponte.test");
        UI.getCurrent().navigate("");

        assertThat(TEAM_BLOCKS).allMatch(id -> byId(id).isPresent());
        assertThat(REQUESTER_BLOCKS).allMatch(id -> byId(id).isEmpty());
    }

    @Test
    void every_bar_of_a_clients_chart_leads_to_our_requests_with_as_many_rows_and_none_of_another_bank() {
        file("leo@aurora.test", "Aurora's chart question");
        long theirs = file("rita@meridian.test", "Meridian's chart question");
        signInAs("ana@aurora.test");
        UI.getCurrent().navigate("");
        ChartData data = chart("dashboard-requests-by-status");
        long total = 0;

        for (ChartData.Series series : data.series()) {
            for (int i = 0; i < series.values().size(); i++) {
                String link = series.links().get(i);
                long value = series.values().get(i).longValue();
                total += value;
                if (value > 0) {
                    RequestListView list = open(link, RequestListView.class);
                    assertThat(ids(list.requests.grid)).as(link).hasSize((int) value).doesNotContain(theirs);
                }
            }
        }
        assertThat(data.categories()).isNotEmpty();
        assertThat(total).isEqualTo(ids(open("requests?own=true", RequestListView.class).requests.grid).size());
    }

    @Test
    void a_question_waiting_for_a_client_shows_in_its_answer_block_only() {
        // a company of its own, so that its figure is this test's alone whatever other tests leave behind
        String client = fixtures.newMember(fixtures.newClient(), Role.CLIENT_ADMIN);
        long asked = file(client, "Meridian's answer awaited");
        SignedIn.run(users, "lead@ponte.test", () -> workflow.move(asked, RequestStatus.WAITING_FOR_REQUESTER,
                "Which account?", SignedIn.as(users, "lead@ponte.test", () -> reading.details(asked)).version()));

        signInAs("ana@aurora.test");
        UI.getCurrent().navigate("");
        assertThat(text("dashboard-requests-your-answer")).doesNotContain("Meridian's answer awaited");
        assertThat(text("dashboard-requests-oldest")).doesNotContain("Meridian");

        signInAs(client);
        // away and back: navigating to the page already shown keeps its view, built for the previous viewer
        UI.getCurrent().navigate("profile");
        UI.getCurrent().navigate("");
        Anchor count = (Anchor) byId("dashboard-requests-your-answer-count").orElseThrow();
        RequestListView list = open(count.getHref(), RequestListView.class);
        assertThat(ids(list.requests.grid)).contains(asked).hasSize(leadingNumber(count.getText()));
    }

    @Test
    void every_figure_of_the_teams_queue_blocks_leads_to_an_inbox_with_as_many_rows() {
        long waiting = file("leo@aurora.test", "Queue block waiting");
        SignedIn.run(users, "lead@ponte.test", () -> workflow.move(waiting, RequestStatus.WAITING_FOR_REQUESTER,
                "Which one?", SignedIn.as(users, "lead@ponte.test", () -> reading.details(waiting)).version()));
        signInAs("lead@ponte.test");
        UI.getCurrent().navigate("");
        ChartData age = chart("dashboard-requests-age");
        ChartData organisations = chart("dashboard-requests-by-organisation");
        List<Anchor> queue = Stream.of("unassigned", "waiting", "new-today")
                .map(what -> (Anchor) byId("dashboard-requests-queue-" + what).orElseThrow()).toList();

        for (ChartData data : List.of(age, organisations)) {
            ChartData.Series series = data.series().getFirst();
            for (int i = 0; i < series.values().size(); i++) {
                if (series.links().get(i) != null) {
                    InboxView inbox = open(series.links().get(i), InboxView.class);
                    assertThat(ids(inbox.requests.grid)).as(series.links().get(i))
                            .hasSize(series.values().get(i).intValue());
                }
            }
        }
        for (Anchor figure : queue) {
            InboxView inbox = open(figure.getHref(), InboxView.class);
            assertThat(ids(inbox.requests.grid)).as(figure.getHref()).hasSize(leadingNumber(figure.getText()));
        }
        assertThat(leadingNumber(queue.get(1).getText())).isPositive();
    }

    /** Opens a link (a route with its query) as the browser would. */
    private <T extends Component> T open(String link, Class<T> view) {
        int query = link.indexOf('?');
        UI.getCurrent().navigate(query < 0 ? link : link.substring(0, query),
                query < 0 ? QueryParameters.empty() : QueryParameters.fromString(link.substring(query + 1)));
        return view.cast(UI.getCurrent().getCurrentView());
    }

    private long file(String email, String title) {
        return SignedIn.as(users, email,
                () -> intake.file(RequestDraft.simple(RequestKind.QUESTION, title, "Details of " + title)));
    }

    private ChartData chart(String id) {
        return ((ChartCard) byId(id).orElseThrow()).data();
    }

    private String text(String id) {
        return byId(id).orElseThrow().getElement().getTextRecursively();
    }

    private static Optional<Component> byId(String id) {
        return all(UI.getCurrent()).filter(c -> c.getId().filter(id::equals).isPresent()).findFirst();
    }

    private static Stream<Component> all(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(RequestDashboardBlocksTest::all));
    }

    /** The figure a link's words start with ("3 open requests unassigned"); none ("No open request ...") is 0. */
    private static int leadingNumber(String text) {
        Matcher number = Pattern.compile("^(\\d+)").matcher(text);
        return number.find() ? Integer.parseInt(number.group(1)) : 0;
    }

    private List<Long> ids(Grid<RequestSummary> grid) {
        var rows = test(grid);
        return IntStream.range(0, rows.size()).mapToObj(row -> rows.getRow(row).id()).toList();
    }
}
