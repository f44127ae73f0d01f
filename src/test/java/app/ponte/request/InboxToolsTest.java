package app.ponte.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.ponte.H2Test;
import app.ponte.SignedIn;
import app.ponte.SignedInServiceTest;
import app.ponte.base.RejectedInputException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The team's inbox tools: bulk triage, the system and age filters, saved filters. */
@H2Test
class InboxToolsTest extends SignedInServiceTest {

    @Autowired
    RequestIntake intake;
    @Autowired
    RequestReading reading;
    @Autowired
    RequestLists lists;
    @Autowired
    RequestWorkflow workflow;
    @Autowired
    BulkTriage bulk;
    @Autowired
    SavedFilters savedFilters;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void bulk_triage_changes_what_it_can_leaves_what_someone_else_changed_and_reports_both() {
        long first = file("Bulk A");
        long second = file("Bulk B");
        long changedMeanwhile = file("Bulk C");
        long closed = file("Bulk D");
        List<RequestSummary> seen = rows(first, second, changedMeanwhile, closed);
        move(changedMeanwhile, RequestStatus.TRIAGED);
        move(closed, RequestStatus.DECLINED, "Out of scope");
        long lead = jdbc.queryForObject("select id from accounts where email = 'lead@ponte.test'", Long.class);

        BulkOutcome outcome = as("lead@ponte.test", () -> bulk.apply(seen,
                new BulkChange(lead, false, RequestStatus.TRIAGED, Priority.HIGH)));

        assertThat(outcome.changed()).containsExactlyInAnyOrder(first, second);
        assertThat(outcome.changedMeanwhile()).containsExactlyInAnyOrder(changedMeanwhile, closed);
        for (long id : List.of(first, second)) {
            RequestDetails details = as("lead@ponte.test", () -> reading.details(id));
            assertThat(details.status()).isEqualTo(RequestStatus.TRIAGED);
            assertThat(details.triage().priority()).isEqualTo(Priority.HIGH);
            assertThat(details.triage().assigneeId()).isEqualTo(lead);
        }
        assertThat(as("lead@ponte.test", () -> reading.details(changedMeanwhile)).triage().priority())
                .as("still what a question proposes at filing").isEqualTo(Priority.NORMAL);
    }

    @Test
    void a_status_a_request_cannot_take_leaves_it_wholly_unchanged() {
        long declined = file("Bulk E");
        move(declined, RequestStatus.DECLINED, "No");
        List<RequestSummary> seen = rows(declined);

        BulkOutcome outcome = as("lead@ponte.test", () -> bulk.apply(seen,
                new BulkChange(null, false, RequestStatus.IN_PROGRESS, Priority.URGENT)));

        assertThat(outcome.notApplicable()).containsExactly(declined);
        assertThat(as("lead@ponte.test", () -> reading.details(declined)).triage().priority())
                .as("still what a question proposes at filing").isEqualTo(Priority.NORMAL);
        assertThat(catchThrowable(() -> as("lead@ponte.test", () -> bulk.apply(seen,
                new BulkChange(null, false, RequestStatus.DECLINED, null))))).isInstanceOf(RejectedInputException.class);
        assertThat(catchThrowable(() -> as("ana@aurora.test", () -> bulk.apply(List.of(),
                new BulkChange(null, false, null, null))))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_inbox_filters_by_the_start_of_the_system_named_or_from_the_catalogue_and_by_age() {
        long orders = as("leo@aurora.test", () -> intake.file(RequestDraft.bug("Orders slow", "Slow",
                new FaultAnswers(Severity.LOW, "Open", "Today")).onSystem("Orders API")));
        long invoicing = jdbc.queryForObject("select id from systems where name = 'Invoicing'", Long.class);
        long onInvoicing = as("leo@aurora.test", () -> intake.file(RequestDraft.bug("Invoice totals", "Wrong",
                new FaultAnswers(Severity.LOW, "Open", "Today")).touching(java.util.Set.of(invoicing))));
        long old = file("Ancient question");
        jdbc.update("update requests set created_at = created_at - interval '40' day where id = ?", old);

        assertThat(inbox(new RequestFilter("", null, null, null, null, false, "orders", null)))
                .contains(orders).doesNotContain(old, onInvoicing);
        assertThat(inbox(new RequestFilter("", null, null, null, null, false, "invoic", null)))
                .contains(onInvoicing).doesNotContain(orders);
        assertThat(inbox(new RequestFilter("", null, null, null, null, false, null, 30)))
                .contains(old).doesNotContain(orders);
    }

    @Test
    void each_team_member_keeps_their_own_named_filters_and_a_name_saved_again_replaces_it() {
        var first = new RequestFilter("export", RequestKind.IDEA, null, null, null, true, "Orders", 7);
        NamedFilter saved = as("lead@ponte.test", () -> savedFilters.save("My ideas", first));
        as("lead@ponte.test", () -> savedFilters.save("My ideas", new RequestFilter("csv", null, null, null, null,
                false)));

        assertThat(as("lead@ponte.test", () -> savedFilters.mine())).filteredOn(f -> f.name().equals("My ideas"))
                .singleElement().satisfies(f -> assertThat(f.filter().titleWords()).isEqualTo("csv"));
        assertThat(as("admin@ponte.test", () -> savedFilters.mine())).noneMatch(f -> f.name().equals("My ideas"));
        SignedIn.run(users, "admin@ponte.test", () -> savedFilters.delete(saved.id()));
        assertThat(as("lead@ponte.test", () -> savedFilters.mine())).anyMatch(f -> f.name().equals("My ideas"));
        assertThat(catchThrowable(() -> as("lead@ponte.test", () -> savedFilters.save("  ", first))))
                .isInstanceOf(RejectedInputException.class);
    }

    private List<Long> inbox(RequestFilter filter) {
        return as("lead@ponte.test", () -> lists.inbox(filter, PageRequest.of(0, 500))).getContent().stream()
                .map(RequestSummary::id).toList();
    }

    private List<RequestSummary> rows(Long... ids) {
        List<Long> wanted = List.of(ids);
        return as("lead@ponte.test", () -> lists.inbox(RequestFilter.ALL, PageRequest.of(0, 500))).getContent()
                .stream().filter(row -> wanted.contains(row.id())).toList();
    }

    private long file(String title) {
        return as("leo@aurora.test", () -> intake.file(RequestDraft.simple(RequestKind.QUESTION, title, "Text")));
    }

    private void move(long id, RequestStatus to) {
        move(id, to, null);
    }

    private void move(long id, RequestStatus to, String note) {
        SignedIn.run(users, "admin@ponte.test", () -> workflow.move(id, to, note,
                reading.details(id).version()));
    }
}
