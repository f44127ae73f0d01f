package app.ponte.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.ponte.H2Test;
import app.ponte.SignedIn;
import app.ponte.SignedInServiceTest;
import app.ponte.TestClock;
import app.ponte.dashboard.HealthLevel;
import app.ponte.dashboard.RelationshipSignal;
import app.ponte.organisation.DemoFixtures;
import app.ponte.security.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The request feature's dashboard figures: aggregate counts that equal the lists they lead to, in scope. */
@H2Test
class RequestDashboardTest extends SignedInServiceTest {

    @Autowired
    RequestDashboard dashboard;
    @Autowired
    RequestLists lists;
    @Autowired
    RequestIntake intake;
    @Autowired
    RequestWorkflow workflow;
    @Autowired
    RequestReading reading;
    @Autowired
    RequestSupport support;
    @Autowired
    Conversation conversation;
    @Autowired
    DemoFixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    List<RelationshipSignal> signals;

    @Test
    void a_clients_chart_counts_its_own_requests_and_never_another_organisations() {
        long before = total(as("ana@aurora.test", dashboard::oursByStatusAndKind));

        file("rita@meridian.test", RequestKind.QUESTION, "Meridian's card payments fail");
        assertThat(total(as("ana@aurora.test", dashboard::oursByStatusAndKind))).isEqualTo(before);

        file("leo@aurora.test", RequestKind.QUESTION, "Aurora's checkout fails");
        assertThat(total(as("ana@aurora.test", dashboard::oursByStatusAndKind))).isEqualTo(before + 1);
    }

    @Test
    void each_status_and_kind_figure_equals_the_count_of_our_requests_it_links_to_and_supported_ones_are_left_out() {
        file("leo@aurora.test", RequestKind.QUESTION, "Aurora wants dark mode");
        long foreign = file("rita@meridian.test", RequestKind.QUESTION, "Meridian wants an export of statements");
        SignedIn.run(users, "lead@ponte.test", () -> workflow.share(foreign, true, version(foreign)));
        SignedIn.run(users, "ana@aurora.test", () -> support.support(foreign, "We export statements too"));

        List<StatusKindCount> figures = as("ana@aurora.test", dashboard::oursByStatusAndKind);

        assertThat(figures).isNotEmpty();
        for (StatusKindCount figure : figures) {
            assertThat(as("ana@aurora.test", () -> lists.exportOurs(figure.filter())))
                    .as(figure.status() + " " + figure.kind()).hasSize((int) figure.count());
        }
        assertThat(as("ana@aurora.test", () -> lists.exportOurs(RequestFilter.ALL.ownOnly(true))))
                .hasSize((int) total(figures)).extracting(RequestSummary::id).doesNotContain(foreign);
        assertThat(as("ana@aurora.test", () -> lists.exportOurs(RequestFilter.ALL)))
                .as("the plain list keeps the supported one").extracting(RequestSummary::id).contains(foreign);
    }

    @Test
    void the_requests_waiting_for_a_requesters_answer_are_its_own_and_their_count_equals_its_list() {
        long asked = file("leo@aurora.test", RequestKind.QUESTION, "Which export format do you need?");
        SignedIn.run(users, "lead@ponte.test", () -> workflow.move(asked, RequestStatus.WAITING_FOR_REQUESTER,
                "CSV or JSON?", version(asked)));
        var waitingFilter = new RequestFilter("", null, RequestStatus.WAITING_FOR_REQUESTER, null, null, false)
                .ownOnly(true);

        long aurora = as("ana@aurora.test", dashboard::oursWaitingCount);
        long meridian = as("rita@meridian.test", dashboard::oursWaitingCount);

        assertThat(aurora).isPositive()
                .isEqualTo(as("ana@aurora.test", () -> lists.exportOurs(waitingFilter)).size());
        assertThat(meridian).isEqualTo(as("rita@meridian.test", () -> lists.exportOurs(waitingFilter)).size());
        assertThat(as("rita@meridian.test", () -> dashboard.oursWaiting(100))).extracting(OpenRequest::id)
                .doesNotContain(asked);
        assertThat(as("ana@aurora.test", () -> dashboard.oursWaiting(100))).extracting(OpenRequest::status)
                .containsOnly(RequestStatus.WAITING_FOR_REQUESTER);
    }

    @Test
    void the_oldest_open_requests_are_the_organisations_own_open_ones_oldest_first() {
        file("rita@meridian.test", RequestKind.QUESTION, "Meridian asks something");
        long aurora = fixtures.organisationId("Aurora Commerce");

        List<OpenRequest> oldest = as("ana@aurora.test", () -> dashboard.oursOldestOpen(5));

        assertThat(oldest).isNotEmpty().hasSizeLessThanOrEqualTo(5)
                .isSortedAccordingTo(Comparator.comparing(OpenRequest::createdAt));
        assertThat(oldest).allMatch(request -> request.status().isOpen());
        for (OpenRequest request : oldest) {
            assertThat(as("lead@ponte.test", () -> reading.details(request.id())).organisationId()).isEqualTo(aurora);
        }
    }

    @Test
    void each_age_bucket_equals_the_inbox_it_links_to_and_together_they_are_the_open_requests() {
        file("leo@aurora.test", RequestKind.QUESTION, "Filed ten days before");
        clock.advance(Duration.ofDays(10));
        file("leo@aurora.test", RequestKind.QUESTION, "Filed just now");

        Map<AgeBucket, Long> byAge = as("lead@ponte.test", dashboard::openByAge);

        assertThat(byAge.keySet()).containsExactly(AgeBucket.values());
        assertThat(byAge.get(AgeBucket.UNDER_A_DAY)).isPositive();
        assertThat(byAge.get(AgeBucket.A_MONTH)).isPositive();
        for (AgeBucket bucket : AgeBucket.values()) {
            assertThat(as("lead@ponte.test", () -> lists.exportInbox(bucket.filter()))).as(bucket.name())
                    .hasSize(byAge.get(bucket).intValue());
        }
        assertThat(byAge.values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(as("lead@ponte.test", () -> lists.exportInbox(RequestFilter.ALL.openOnly(true))).size());
    }

    @Test
    void each_organisations_figure_equals_its_inbox_and_the_others_make_up_the_rest() {
        RequestDashboard.OpenByOrganisation open = as("lead@ponte.test", () -> dashboard.openByOrganisation(2));

        assertThat(open.top()).hasSizeLessThanOrEqualTo(2).isSortedAccordingTo(
                Comparator.comparingLong(OrganisationCount::count).reversed());
        for (OrganisationCount organisation : open.top()) {
            var filter = new RequestFilter("", null, null, organisation.organisationId(), null, false).openOnly(true);
            assertThat(as("lead@ponte.test", () -> lists.exportInbox(filter))).as(organisation.organisationName())
                    .hasSize((int) organisation.count());
        }
        assertThat(open.top().stream().mapToLong(OrganisationCount::count).sum() + open.others())
                .isEqualTo(as("lead@ponte.test", () -> lists.exportInbox(RequestFilter.ALL.openOnly(true))).size());
    }

    @Test
    void the_queue_figures_equal_the_inboxes_they_link_to() {
        long waiting = file("leo@aurora.test", RequestKind.QUESTION, "Queue figures waiting");
        SignedIn.run(users, "lead@ponte.test", () -> workflow.move(waiting, RequestStatus.WAITING_FOR_REQUESTER,
                "Which one?", version(waiting)));
        file("leo@aurora.test", RequestKind.QUESTION, "Queue figures new and unassigned");
        Instant startOfToday = clock.today().atStartOfDay(java.time.ZoneOffset.UTC).toInstant();

        QueueFigures figures = as("lead@ponte.test", () -> dashboard.queue(startOfToday));
        List<RequestFilter> filters = QueueFigures.filters(startOfToday);

        assertThat(figures.unassigned()).isPositive();
        assertThat(figures.waitingForRequester()).isPositive();
        assertThat(figures.newToday()).isPositive();
        assertThat(List.of(figures.unassigned(), figures.waitingForRequester(), figures.newToday())).containsExactly(
                filters.stream().map(filter -> (long) as("lead@ponte.test", () -> lists.exportInbox(filter)).size())
                        .toArray(Long[]::new));
    }

    @Test
    void requesters_get_no_team_figures_and_the_team_no_requester_figures() {
        assertThat(catchThrowable(() -> as("ana@aurora.test", dashboard::openByAge)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(catchThrowable(() -> as("lead@ponte.test", dashboard::oursByStatusAndKind)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_open_requests_signal_counts_each_organisations_open_requests_with_zero_for_none() {
        file("leo@aurora.test", RequestKind.QUESTION, "Signal open");
        long aurora = fixtures.organisationId("Aurora Commerce");
        long team = fixtures.organisationId("Backend Team");

        Map<Long, Long> values = signal("requests.open").measure(clock.instant());

        var auroraOpen = new RequestFilter("", null, null, aurora, null, false).openOnly(true);
        assertThat(values.get(aurora)).isEqualTo(as("lead@ponte.test", () -> lists.exportInbox(auroraOpen)).size());
        assertThat(values).doesNotContainKey(team);
        assertThat(values).containsEntry(fixtures.organisationId("Human Resources"),
                (long) as("lead@ponte.test", () -> lists.exportInbox(new RequestFilter("", null, null,
                        fixtures.organisationId("Human Resources"), null, false).openOnly(true))).size());
    }

    @Test
    void the_oldest_open_request_signal_reads_the_days_since_the_oldest_open_one_was_filed() {
        long aurora = fixtures.organisationId("Aurora Commerce");
        file("leo@aurora.test", RequestKind.QUESTION, "Signal oldest");
        Instant oldest = as("ana@aurora.test", () -> dashboard.oursOldestOpen(1)).getFirst().createdAt();
        clock.advance(Duration.ofDays(3));

        Map<Long, Long> values = signal("requests.oldest-open-days").measure(clock.instant());

        assertThat(values).containsEntry(aurora, Duration.between(oldest, clock.instant()).toDays());
        assertThat(values.get(aurora)).isGreaterThanOrEqualTo(3);
    }

    @Test
    void days_since_contact_count_from_the_last_request_or_public_comment_of_the_organisations_own_members() {
        String client = fixtures.newClient();
        long organisation = fixtures.organisationId(client);
        String member = fixtures.newMember(client, Role.CLIENT_ADMIN);
        RelationshipSignal contact = signal("requests.days-since-contact");
        assertThat(contact.measure(clock.instant())).as("never heard from").doesNotContainKey(organisation);
        long request = file(member, RequestKind.QUESTION, "Signal contact");
        assertThat(contact.measure(clock.instant())).containsEntry(organisation, 0L);

        clock.advance(Duration.ofDays(40));
        SignedIn.run(users, "lead@ponte.test", () -> conversation.comment(request, "Looking into it", false));
        SignedIn.run(users, "lead@ponte.test", () -> conversation.comment(request, "Internal: ask ops", true));
        assertThat(contact.measure(clock.instant())).as("the team writing is not the organisation in touch")
                .containsEntry(organisation, 40L);
        assertThat(contact.levelOf(40)).isEqualTo(HealthLevel.WARN);

        SignedIn.run(users, member, () -> conversation.comment(request, "Thanks!", false));
        assertThat(contact.measure(clock.instant())).containsEntry(organisation, 0L);
    }

    private RelationshipSignal signal(String key) {
        return signals.stream().filter(signal -> signal.key().equals(key)).findFirst().orElseThrow();
    }

    private long file(String email, RequestKind kind, String title) {
        return as(email, () -> intake.file(RequestDraft.simple(kind, title, "Details of " + title)));
    }

    private long version(long id) {
        return as("lead@ponte.test", () -> reading.details(id)).version();
    }

    private static long total(List<StatusKindCount> figures) {
        return figures.stream().mapToLong(StatusKindCount::count).sum();
    }
}
