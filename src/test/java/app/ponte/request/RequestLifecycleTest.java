package app.ponte.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.ponte.H2Test;
import app.ponte.SignedIn;
import app.ponte.SignedInServiceTest;
import app.ponte.TestClock;
import app.ponte.audit.AuditFilter;
import app.ponte.audit.AuditOutcome;
import app.ponte.audit.AuditTrail;
import app.ponte.base.ConcurrentEditException;
import app.ponte.base.RejectedInputException;
import app.ponte.security.NotFoundInScopeException;
import app.ponte.security.SystemAuthentication;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** A request from intake to its end, and who may see and do what on the way. */
@H2Test
class RequestLifecycleTest extends SignedInServiceTest {

    static final String CLIENT = "leo@aurora.test";
    static final String COLLEAGUE = "ana@aurora.test";
    static final String OTHER_CLIENT = "rita@meridian.test";
    static final String DEPARTMENT = "marketing@ponte.test";
    static final String TEAM = "lead@ponte.test";

    @Autowired
    RequestLists lists;
    @Autowired
    RequestReading reading;
    @Autowired
    RequestIntake intake;
    @Autowired
    RequestWorkflow workflow;
    @Autowired
    Conversation conversations;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;

    @Test
    void a_client_files_a_bug_for_their_own_company_and_finds_it_in_our_requests_with_its_first_history_line() {
        long id = as(CLIENT, () -> intake.file(bug("Checkout button does nothing")));

        RequestDetails details = as(CLIENT, () -> reading.details(id));
        assertThat(details.organisationName()).isEqualTo("Aurora Commerce");
        assertThat(details.status()).isEqualTo(RequestStatus.NEW);
        assertThat(details.fault().severity()).isEqualTo(Severity.HIGH);
        assertThat(details.viewer().withdrawable()).isTrue();
        assertThat(details.viewer().teamMoves()).isEmpty();
        assertThat(as(COLLEAGUE, () -> lists.ours(RequestFilter.ALL, PageRequest.of(0, 100))).getContent())
                .extracting(RequestSummary::id).contains(id);
        assertThat(as(OTHER_CLIENT, () -> lists.ours(RequestFilter.ALL, PageRequest.of(0, 100))).getContent())
                .extracting(RequestSummary::id).doesNotContain(id);
        assertThat(as(CLIENT, () -> reading.history(id))).singleElement()
                .satisfies(line -> assertThat(line.toStatus()).isEqualTo(RequestStatus.NEW));
    }

    @Test
    void each_kind_demands_the_answers_it_needs_and_says_which_field_is_missing() {
        var noImpact = RequestDraft.idea("Export", "Need an export", ProductAnswers.of("Finance", "Monthly", " "));
        var noSeverity = RequestDraft.bug("Broken", "It breaks", new FaultAnswers(null, "Click", "Today"))
                .onSystem("Orders API");
        var noPersonalDataAnswer = RequestDraft.integration("Sync", "Sync people",
                ProductAnswers.of("HR", "Daily", "Saves time"), new IntegrationAnswers("HR system", "Names", null));
        var pastDate = RequestDraft.change("Faster", "Too slow", ProductAnswers.of("All", "Daily", "Time")
                .wantedBy(clock.today().minusDays(3), "Campaign")).onSystem("Reporting");
        var tooLongTitle = RequestDraft.simple(RequestKind.QUESTION, "Q".repeat(201), "Why?");

        assertThat(refusedField(noImpact)).isEqualTo("businessImpact");
        assertThat(refusedField(noSeverity)).isEqualTo("severity");
        assertThat(refusedField(noPersonalDataAnswer)).isEqualTo("personalData");
        assertThat(refusedField(pastDate)).isEqualTo("desiredDate");
        assertThat(refusedField(tooLongTitle)).isEqualTo("title");
    }

    @Test
    void a_bug_names_the_catalogue_systems_its_organisation_depends_on_and_no_other() {
        long orders = systemId("Orders API");
        long payroll = systemId("Employee directory");
        var onOrders = RequestDraft.bug("Order status stuck", "Stuck in PAID",
                new FaultAnswers(Severity.MEDIUM, "Pay an order", "Monday"));

        long id = as(CLIENT, () -> intake.file(onOrders.touching(Set.of(orders))));
        assertThat(as(CLIENT, () -> reading.details(id)).systems()).containsExactly("Orders API");

        Throwable refusal = catchThrowable(() -> as(CLIENT, () -> intake.file(onOrders.touching(Set.of(payroll)))));
        assertThat(refusal).isInstanceOf(RejectedInputException.class);
        assertThat(((RejectedInputException) refusal).field()).isEqualTo("systems");
        assertThat(refusedField(onOrders)).isEqualTo("affectedSystem");
    }

    @Test
    void the_team_files_on_behalf_of_a_department_or_client_it_names_but_never_for_itself() {
        var forMarketing = withOrganisation(RequestDraft.simple(RequestKind.QUESTION, "Asked by phone", "Call notes"),
                marketingId());
        long id = as(TEAM, () -> intake.file(forMarketing));

        assertThat(as(DEPARTMENT, () -> reading.details(id)).title()).isEqualTo("Asked by phone");
        assertThat(catchThrowable(() -> as(TEAM, () -> intake.file(
                RequestDraft.simple(RequestKind.QUESTION, "No organisation", "Text")))))
                .isInstanceOf(RejectedInputException.class);
        long teamOrganisation = jdbc.queryForObject("select id from organisations where kind = 'TEAM'", Long.class);
        assertThat(catchThrowable(() -> as(TEAM, () -> intake.file(withOrganisation(
                RequestDraft.simple(RequestKind.QUESTION, "For ourselves", "Text"), teamOrganisation)))))
                .isInstanceOf(RejectedInputException.class);
    }

    @Test
    void another_organisation_reading_or_commenting_by_id_gets_not_found_and_the_attempt_is_audited() {
        long id = as(CLIENT, () -> intake.file(bug("Private to Aurora")));
        Instant before = clock.instant();

        for (String outsider : List.of(OTHER_CLIENT, DEPARTMENT)) {
            assertThat(catchThrowable(() -> as(outsider, () -> reading.details(id))))
                    .isInstanceOf(NotFoundInScopeException.class);
            assertThat(catchThrowable(() -> as(outsider, () -> conversations.read(id))))
                    .isInstanceOf(NotFoundInScopeException.class);
            assertThat(catchThrowable(() -> SignedIn.run(users, outsider,
                    () -> conversations.comment(id, "sneaky", false)))).isInstanceOf(NotFoundInScopeException.class);
            assertThat(catchThrowable(() -> SignedIn.run(users, outsider,
                    () -> workflow.withdraw(id, null, 0)))).isInstanceOf(NotFoundInScopeException.class);
        }

        int refused = SystemAuthentication.runAsAdmin(() -> audit.find(new AuditFilter(before.minusMillis(1),
                clock.instant().plusSeconds(1), OTHER_CLIENT, null, AuditOutcome.REFUSED), PageRequest.of(0, 50))
                .getNumberOfElements());
        assertThat(refused).isEqualTo(4);
        assertThat(as(CLIENT, () -> conversations.read(id))).isEmpty();
    }

    @Test
    void internal_notes_reach_the_team_only_and_clients_cannot_write_them() {
        long id = as(CLIENT, () -> intake.file(bug("Slow search")));
        SignedIn.run(users, TEAM, () -> conversations.comment(id, "We are looking into it.", false));
        SignedIn.run(users, TEAM, () -> conversations.comment(id, "Root cause is the missing index.", true));

        assertThat(as(TEAM, () -> conversations.read(id))).extracting(CommentEntry::body)
                .containsExactly("We are looking into it.", "Root cause is the missing index.");
        for (String requesterSide : List.of(CLIENT, COLLEAGUE)) {
            assertThat(as(requesterSide, () -> conversations.read(id))).extracting(CommentEntry::body)
                    .containsExactly("We are looking into it.");
        }
        assertThatThrownBy(() -> SignedIn.run(users, CLIENT, () -> conversations.comment(id, "psst", true)))
                .isInstanceOf(RejectedInputException.class);
    }

    @Test
    void a_departments_request_shows_its_department_no_internal_note_either() {
        long id = as(DEPARTMENT, () -> intake.file(RequestDraft.simple(RequestKind.QUESTION, "Quarter close freeze",
                "Can reporting stay untouched during quarter close?")));
        SignedIn.run(users, TEAM, () -> conversations.comment(id, "Conflicts with Marketing's campaign change.", true));
        SignedIn.run(users, TEAM, () -> conversations.comment(id, "We will plan around it.", false));

        assertThat(as(DEPARTMENT, () -> conversations.read(id))).extracting(CommentEntry::body)
                .containsExactly("We will plan around it.");
        assertThatThrownBy(() -> SignedIn.run(users, DEPARTMENT, () -> conversations.comment(id, "psst", true)))
                .isInstanceOf(RejectedInputException.class);
    }

    @Test
    void the_team_moves_a_request_only_along_allowed_steps_and_a_decline_carries_a_reason_the_requester_reads() {
        long id = as(CLIENT, () -> intake.file(bug("Wrong totals")));

        assertThat(catchThrowable(() -> SignedIn.run(users, TEAM,
                () -> workflow.move(id, RequestStatus.DELIVERED, null, version(id)))))
                .isInstanceOf(RejectedInputException.class);
        assertThat(catchThrowable(() -> SignedIn.run(users, TEAM,
                () -> workflow.move(id, RequestStatus.DECLINED, "  ", version(id)))))
                .isInstanceOf(RejectedInputException.class);
        assertThat(catchThrowable(() -> SignedIn.run(users, CLIENT,
                () -> workflow.move(id, RequestStatus.TRIAGED, null, version(id)))))
                .isInstanceOf(AccessDeniedException.class);

        SignedIn.run(users, TEAM, () -> workflow.move(id, RequestStatus.DECLINED, "Works as designed.", version(id)));

        RequestDetails seenByClient = as(CLIENT, () -> reading.details(id));
        assertThat(seenByClient.status()).isEqualTo(RequestStatus.DECLINED);
        assertThat(seenByClient.triage().declineReason()).isEqualTo("Works as designed.");
        assertThat(as(CLIENT, () -> reading.history(id))).extracting(HistoryEntry::toStatus)
                .containsExactly(RequestStatus.NEW, RequestStatus.DECLINED);
    }

    @Test
    void a_change_based_on_an_outdated_copy_is_refused_and_nothing_is_overwritten() {
        long id = as(CLIENT, () -> intake.file(bug("Timeouts")));
        long loaded = version(id);
        SignedIn.run(users, TEAM, () -> workflow.move(id, RequestStatus.TRIAGED, "first", loaded));

        assertThatThrownBy(() -> SignedIn.run(users, "admin@ponte.test",
                () -> workflow.move(id, RequestStatus.WAITING_FOR_REQUESTER, "second", loaded)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(as(TEAM, () -> reading.details(id)).status()).isEqualTo(RequestStatus.TRIAGED);
    }

    @Test
    void only_the_requester_withdraws_their_open_request() {
        long id = as(CLIENT, () -> intake.file(bug("Changed my mind")));

        assertThatThrownBy(() -> SignedIn.run(users, COLLEAGUE, () -> workflow.withdraw(id, null, version(id))))
                .isInstanceOf(RejectedInputException.class);
        SignedIn.run(users, CLIENT, () -> workflow.withdraw(id, "Solved on our side", version(id)));

        assertThat(as(CLIENT, () -> reading.details(id))).satisfies(details -> {
            assertThat(details.status()).isEqualTo(RequestStatus.WITHDRAWN);
            assertThat(details.viewer().withdrawable()).isFalse();
        });
    }

    @Test
    void a_delivered_request_can_be_reopened_with_a_reason_within_14_days_and_not_after() {
        long recent = delivered(bug("Export misses a column"));
        long old = delivered(bug("Export is slow"));
        jdbc.update("update requests set status_changed_at = ? where id = ?",
                java.sql.Timestamp.from(clock.instant().minus(15, ChronoUnit.DAYS)), old);

        assertThat(as(CLIENT, () -> reading.details(old)).viewer().reopenable()).isFalse();
        assertThatThrownBy(() -> SignedIn.run(users, CLIENT, () -> workflow.reopen(old, "Still slow", version(old))))
                .isInstanceOf(RejectedInputException.class);
        assertThatThrownBy(() -> SignedIn.run(users, CLIENT, () -> workflow.reopen(recent, " ", version(recent))))
                .isInstanceOf(RejectedInputException.class);
        SignedIn.run(users, CLIENT, () -> workflow.reopen(recent, "The VAT column is missing", version(recent)));

        assertThat(as(CLIENT, () -> reading.details(recent)).status()).isEqualTo(RequestStatus.TRIAGED);
        assertThat(as(CLIENT, () -> reading.history(recent)).getLast().note()).isEqualTo("The VAT column is missing");
    }

    @Test
    void a_duplicate_points_the_requester_to_the_original() {
        long original = as(CLIENT, () -> intake.file(bug("Login fails")));
        long repeat = as(COLLEAGUE, () -> intake.file(bug("Cannot log in")));

        SignedIn.run(users, TEAM, () -> workflow.markDuplicate(repeat, original, null, version(repeat)));

        assertThat(as(COLLEAGUE, () -> reading.details(repeat))).satisfies(details -> {
            assertThat(details.status()).isEqualTo(RequestStatus.DUPLICATE);
            assertThat(details.triage().duplicateOfId()).isEqualTo(original);
        });
        assertThatThrownBy(() -> SignedIn.run(users, TEAM,
                () -> workflow.markDuplicate(original, original, null, version(original))))
                .isInstanceOf(RejectedInputException.class);
    }

    @Test
    void the_inbox_is_the_teams_and_shows_every_organisation_while_our_requests_is_not_for_the_team() {
        as(CLIENT, () -> intake.file(bug("Aurora issue")));
        as(OTHER_CLIENT, () -> intake.file(bug("Meridian issue")));

        var inbox = as(TEAM, () -> lists.inbox(RequestFilter.ALL, PageRequest.of(0, 200))).getContent();
        assertThat(inbox).extracting(RequestSummary::organisationName)
                .contains("Aurora Commerce", "Meridian Bank", "Marketing");
        for (String outsider : List.of(CLIENT, COLLEAGUE, DEPARTMENT)) {
            assertThat(catchThrowable(() -> as(outsider, () -> lists.inbox(RequestFilter.ALL, PageRequest.of(0, 1)))))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(catchThrowable(() -> as(TEAM, () -> lists.ours(RequestFilter.ALL, PageRequest.of(0, 1)))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void requests_are_assigned_to_active_team_members_only() {
        long id = as(CLIENT, () -> intake.file(bug("Assign me")));
        long leoAccount = jdbc.queryForObject("select id from accounts where email = ?", Long.class, CLIENT);
        long leadAccount = jdbc.queryForObject("select id from accounts where email = ?", Long.class, TEAM);

        assertThatThrownBy(() -> SignedIn.run(users, TEAM,
                () -> workflow.triage(id, leoAccount, Priority.HIGH, version(id))))
                .isInstanceOf(RejectedInputException.class);
        SignedIn.run(users, TEAM, () -> workflow.triage(id, leadAccount, Priority.URGENT, version(id)));

        var unassigned = new RequestFilter("", null, null, null, null, true);
        assertThat(as(TEAM, () -> lists.inbox(unassigned, PageRequest.of(0, 500))).getContent())
                .extracting(RequestSummary::id).doesNotContain(id);
        assertThat(as(TEAM, () -> reading.details(id)).triage().priority()).isEqualTo(Priority.URGENT);
    }

    private long delivered(RequestDraft draft) {
        long id = as(CLIENT, () -> intake.file(draft));
        for (RequestStatus step : List.of(RequestStatus.TRIAGED, RequestStatus.IN_PROGRESS, RequestStatus.DELIVERED)) {
            SignedIn.run(users, TEAM, () -> workflow.move(id, step, null, version(id)));
        }
        return id;
    }

    private String refusedField(RequestDraft draft) {
        Throwable refusal = catchThrowable(() -> as(CLIENT, () -> intake.file(draft)));
        assertThat(refusal).isInstanceOf(RejectedInputException.class);
        return ((RejectedInputException) refusal).field();
    }

    private long version(long id) {
        return as(TEAM, () -> reading.details(id)).version();
    }

    private long systemId(String name) {
        return jdbc.queryForObject("select id from systems where name = ?", Long.class, name);
    }

    private long marketingId() {
        return jdbc.queryForObject("select id from organisations where name = 'Marketing'", Long.class);
    }

    private static RequestDraft bug(String title) {
        return RequestDraft.bug(title, "It does not work.",
                new FaultAnswers(Severity.HIGH, "Open the page, click.", "This morning")).onSystem("Orders API");
    }

    private static RequestDraft withOrganisation(RequestDraft draft, long organisationId) {
        return draft.forOrganisation(organisationId);
    }
}
