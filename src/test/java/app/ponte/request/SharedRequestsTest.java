package app.ponte.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.ponte.H2Test;
import app.ponte.SignedIn;
import app.ponte.SignedInServiceTest;
import app.ponte.base.NotificationLine.Argument;
import app.ponte.base.RejectedInputException;
import app.ponte.notification.NotificationCenter;
import app.ponte.organisation.DemoFixtures;
import app.ponte.security.NotFoundInScopeException;
import app.ponte.security.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** Requests shared across organisations, the support others give them, and similar titles while typing. */
@H2Test
class SharedRequestsTest extends SignedInServiceTest {

    @Autowired
    RequestIntake intake;
    @Autowired
    RequestSupport support;
    @Autowired
    RequestLists lists;
    @Autowired
    RequestReading reading;
    @Autowired
    RequestWorkflow workflow;
    @Autowired
    Conversation conversations;
    @Autowired
    Attachments attachments;
    @Autowired
    NotificationCenter center;
    @Autowired
    DemoFixtures fixtures;

    @Test
    void before_sharing_another_organisation_finds_nothing_and_afterwards_only_title_and_description() {
        String requester = fixtures.newMember("Aurora Commerce", Role.CLIENT);
        long id = as(requester, () -> intake.file(RequestDraft.simple(RequestKind.QUESTION,
                "Bulk order cancellation endpoint", "We cancel orders one by one today.")));
        SignedIn.run(users, requester, () -> conversations.comment(id, "Our CFO asked for this", false));

        assertThat(catchThrowable(() -> as("rita@meridian.test", () -> reading.visibility(id))))
                .isInstanceOf(NotFoundInScopeException.class);
        share(id);

        assertThat(as("rita@meridian.test", () -> reading.visibility(id))).isEqualTo(RequestVisibility.SHARED);
        SharedRequestSummary seen = as("rita@meridian.test", () -> support.shared(id));
        assertThat(seen.title()).isEqualTo("Bulk order cancellation endpoint");
        assertThat(seen.problem()).isEqualTo("We cancel orders one by one today.");
        assertThat(seen.toString()).doesNotContain("Aurora", "Test Person", "CFO");
        for (Runnable peek : List.<Runnable>of(() -> reading.details(id), () -> conversations.read(id),
                () -> reading.history(id), () -> attachments.list(id))) {
            assertThat(catchThrowable(() -> SignedIn.run(users, "rita@meridian.test", peek)))
                    .isInstanceOf(NotFoundInScopeException.class);
        }
    }

    @Test
    void a_supporting_organisation_follows_the_request_in_its_list_without_names_and_the_team_reads_why() {
        long id = as("leo@aurora.test", () -> intake.file(RequestDraft.simple(RequestKind.QUESTION,
                "Sandbox with realistic data", "Our tests need realistic orders.")));
        share(id);

        assertThat(catchThrowable(() -> SignedIn.run(users, "rita@meridian.test", () -> support.support(id, " "))))
                .isInstanceOf(RejectedInputException.class);
        SignedIn.run(users, "rita@meridian.test",
                () -> support.support(id, "Our QA team of 8 tests payments against it"));
        SignedIn.run(users, "marketing@ponte.test", () -> support.support(id, "Campaign dry-runs"));

        RequestSummary row = as("rita@meridian.test", () -> lists.ours(RequestFilter.ALL, PageRequest.of(0, 200)))
                .getContent().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
        assertThat(row.supportedOnly()).isTrue();
        assertThat(row.organisationName()).isNull();
        assertThat(row.requesterName()).isNull();
        assertThat(as("lead@ponte.test", () -> support.supporters(id))).extracting(SupportEntry::organisationName)
                .containsExactly("Meridian Bank", "Marketing");
        assertThat(catchThrowable(() -> as("leo@aurora.test", () -> support.supporters(id))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(catchThrowable(() -> SignedIn.run(users, "leo@aurora.test", () -> support.support(id, "us too"))))
                .isInstanceOf(NotFoundInScopeException.class);
    }

    @Test
    void our_requests_counts_per_status_include_the_supported_ones_and_leave_other_organisations_out() {
        String words = "counted sandbox";
        long supported = as("leo@aurora.test", () -> intake.file(RequestDraft.simple(RequestKind.QUESTION,
                "Counted sandbox of Aurora", "Realistic orders.")));
        share(supported);
        as("rita@meridian.test", () -> intake.file(RequestDraft.simple(RequestKind.QUESTION,
                "Counted sandbox of Meridian", "Realistic payments.")));
        as("marketing@ponte.test", () -> intake.file(RequestDraft.simple(RequestKind.QUESTION,
                "Counted sandbox of Marketing", "Realistic campaigns.")));
        RequestFilter filter = new RequestFilter(words, null, null, null, null, false);
        assertThat(as("rita@meridian.test", () -> lists.oursByStatus(filter))).isEqualTo(Map.of(RequestStatus.NEW, 1L));

        SignedIn.run(users, "rita@meridian.test", () -> support.support(supported, "We need it too"));

        assertThat(as("rita@meridian.test", () -> lists.oursByStatus(filter))).isEqualTo(Map.of(RequestStatus.NEW, 2L));
        assertThat(as("lead@ponte.test", () -> lists.inboxByStatus(filter.openOnly(true))))
                .isEqualTo(Map.of(RequestStatus.NEW, 3L));
    }

    @Test
    void supporters_hear_of_status_changes_but_never_of_comments() {
        String supporter = fixtures.newMember("Meridian Bank", Role.CLIENT);
        long id = as("leo@aurora.test", () -> intake.file(RequestDraft.simple(RequestKind.QUESTION,
                "Idempotency keys on payments", "Retries create duplicates.")));
        share(id);
        SignedIn.run(users, supporter, () -> support.support(id, "Same duplicates here"));

        SignedIn.run(users, "lead@ponte.test", () -> conversations.comment(id, "Aurora's logs show 3 retries", false));
        assertThat(as(supporter, () -> center.latest(10))).isEmpty();

        SignedIn.run(users, "lead@ponte.test", () -> workflow.move(id, RequestStatus.TRIAGED, null, version(id)));
        assertThat(as(supporter, () -> center.latest(10))).singleElement()
                .satisfies(line -> assertThat(line.arguments()).contains(Argument.text("Idempotency keys on payments")));
    }

    @Test
    void similar_titles_are_suggested_from_what_the_user_may_see_most_words_in_common_first() {
        long own = as("leo@aurora.test", () -> intake.file(RequestDraft.simple(RequestKind.QUESTION,
                "Exportação de pedidos em CSV", "Para a contabilidade.")));
        long foreignPrivate = as("rita@meridian.test", () -> intake.file(RequestDraft.simple(RequestKind.QUESTION,
                "Export of orders as CSV for auditors", "Private to Meridian.")));
        long foreignShared = as("rita@meridian.test", () -> intake.file(RequestDraft.simple(RequestKind.QUESTION,
                "Orders export scheduling", "Shared later.")));
        share(foreignShared);

        List<SimilarRequest> forAurora = as("ana@aurora.test", () -> intake.similar("exportacao pedidos csv"));
        assertThat(forAurora).extracting(SimilarRequest::id).contains(own).doesNotContain(foreignPrivate);
        assertThat(forAurora.getFirst().id()).isEqualTo(own);
        assertThat(as("ana@aurora.test", () -> intake.similar("orders export"))).extracting(SimilarRequest::id)
                .contains(foreignShared).doesNotContain(foreignPrivate);
        assertThat(as("lead@ponte.test", () -> intake.similar("export orders csv"))).extracting(SimilarRequest::id)
                .contains(foreignPrivate, foreignShared);
        assertThat(as("ana@aurora.test", () -> intake.similar("a de"))).isEmpty();
    }

    private void share(long id) {
        SignedIn.run(users, "lead@ponte.test", () -> workflow.share(id, true, version(id)));
    }

    private long version(long id) {
        return as("lead@ponte.test", () -> reading.details(id)).version();
    }
}
