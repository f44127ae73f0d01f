package app.ponte.request;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.Entities;
import app.ponte.TestClock;
import app.ponte.organisation.Account;
import app.ponte.organisation.Organisation;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The request schema and queries, the same on H2 and MariaDB: each subclass runs it against its own
 * database. Every test works inside a transaction that is rolled back, so the MariaDB database can be
 * reused run after run.
 */
abstract class RequestPersistenceContract {

    private static final PageRequest PAGE = PageRequest.of(0, 500);

    @Autowired
    RequestRepository requests;
    @Autowired
    StatusChangeRepository history;
    @Autowired
    CommentRepository comments;
    @Autowired
    TitleWordRepository titleWords;
    @Autowired
    SupportRepository supports;
    @Autowired
    EntityManager entityManager;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    TestClock clock;

    @Test
    void a_request_with_every_answer_at_its_longest_in_multi_byte_characters_fits_in_a_row() {
        inRolledBackTransaction(() -> {
            Request request = requests.saveAndFlush(new Request(organisation("Aurora Commerce"),
                    account("leo@aurora.test"), account("leo@aurora.test"), longestIntegrationDraft(), clock.instant()));
            entityManager.clear();

            Request read = requests.findById(request.getId()).orElseThrow();
            assertThat(read.getProblem()).hasSize(RequestDraft.PROBLEM_MAX);
            assertThat(read.getDataInvolved()).hasSize(RequestDraft.ANSWER_MAX);
        });
    }

    @Test
    void the_list_query_applies_each_filter_and_finds_title_words_without_accents() {
        inRolledBackTransaction(() -> {
            Organisation aurora = organisation("Aurora Commerce");
            Request report = file(aurora, RequestKind.CHANGE, "Relatórios por campanha");
            Request bug = file(aurora, RequestKind.BUG, "Checkout fails");
            Request elsewhere = file(organisation("Meridian Bank"), RequestKind.BUG, "Relatorios do banco");
            bug.triage(account("lead@ponte.test"), Priority.HIGH, clock.instant());
            report.moveTo(RequestStatus.TRIAGED, clock.instant());
            requests.flush();

            assertThat(ids(aurora.getId(), RequestFilter.ALL)).contains(report.getId(), bug.getId())
                    .doesNotContain(elsewhere.getId());
            assertThat(ids(null, new RequestFilter("relatorios", null, null, null, null, false)))
                    .contains(report.getId(), elsewhere.getId()).doesNotContain(bug.getId());
            assertThat(ids(null, new RequestFilter("", RequestKind.BUG, null, aurora.getId(), null, false)))
                    .contains(bug.getId()).doesNotContain(report.getId(), elsewhere.getId());
            assertThat(ids(null, new RequestFilter("", null, RequestStatus.TRIAGED, null, null, false)))
                    .contains(report.getId()).doesNotContain(bug.getId());
            assertThat(ids(null, new RequestFilter("", null, null, null, null, true)))
                    .contains(report.getId()).doesNotContain(bug.getId());
            assertThat(ids(null, new RequestFilter("", null, null, null, account("lead@ponte.test").getId(), false)))
                    .contains(bug.getId()).doesNotContain(report.getId());
            assertThat(ids(aurora.getId(), new RequestFilter("", null, null, null, null, false, "other", null)))
                    .doesNotContain(report.getId(), bug.getId());
            assertThat(ids(aurora.getId(), new RequestFilter("", null, null, null, null, false, "SYST", null)))
                    .contains(report.getId(), bug.getId());
        });
    }

    @Test
    void the_conversation_leaves_internal_notes_out_unless_asked_and_the_history_keeps_its_order() {
        inRolledBackTransaction(() -> {
            Request request = file(organisation("Aurora Commerce"), RequestKind.QUESTION, "Limits?");
            Account lead = account("lead@ponte.test");
            comments.save(new Comment(request, lead, "Public answer", false, clock.instant()));
            comments.save(new Comment(request, lead, "Internal note", true, clock.instant()));
            history.save(new StatusChange(request, lead, null, RequestStatus.NEW, null, clock.instant()));
            history.save(new StatusChange(request, lead, RequestStatus.NEW, RequestStatus.TRIAGED, "ok",
                    clock.instant().plusMillis(5)));
            comments.flush();

            assertThat(requests.findConversation(request.getId(), false)).extracting(CommentEntry::body)
                    .containsExactly("Public answer");
            assertThat(requests.findConversation(request.getId(), true)).extracting(CommentEntry::body)
                    .containsExactly("Public answer", "Internal note");
            assertThat(requests.findHistory(request.getId())).extracting(HistoryEntry::toStatus)
                    .containsExactly(RequestStatus.NEW, RequestStatus.TRIAGED);
        });
    }

    @Test
    void similar_titles_and_supported_shared_requests_are_found_by_the_same_queries_on_both_databases() {
        inRolledBackTransaction(() -> {
            Organisation aurora = organisation("Aurora Commerce");
            Organisation meridian = organisation("Meridian Bank");
            Request shared = file(aurora, RequestKind.IDEA, "Webhook retries with backoff");
            shared.share(true, clock.instant());
            Request closedOne = file(meridian, RequestKind.IDEA, "Webhook retries everywhere");
            closedOne.moveTo(RequestStatus.CLOSED, clock.instant());
            for (Request request : List.of(shared, closedOne)) {
                TitleWords.of(request.getTitle()).forEach(word -> titleWords.save(new TitleWord(request, word)));
            }
            supports.save(new Support(shared, meridian, account("rita@meridian.test"), "Same need", clock.instant()));
            requests.flush();

            assertThat(titleWords.findSimilar(TitleWords.of("webhook retries"), meridian.getId(), PAGE))
                    .extracting(SimilarRequest::id).containsExactly(shared.getId());
            assertThat(ids(meridian.getId(), RequestFilter.ALL)).contains(shared.getId());
            assertThat(supports.findEntries(shared.getId())).extracting(SupportEntry::organisationName)
                    .containsExactly("Meridian Bank");
        });
    }

    private Request file(Organisation organisation, RequestKind kind, String title) {
        var draft = RequestDraft.simple(kind, title, "Problem").with(ProductAnswers.of("People", "Use", "Impact"))
                .onSystem("System").with(new FaultAnswers(Severity.HIGH, "Steps", "Since"))
                .with(new IntegrationAnswers("Systems", "Data", false));
        Account leo = account("leo@aurora.test");
        return requests.saveAndFlush(new Request(organisation, leo, leo, draft, clock.instant()));
    }

    private List<Long> ids(Long scope, RequestFilter filter) {
        return requests.findPage(scope, filter, PAGE).getContent().stream().map(RequestSummary::id).toList();
    }

    private RequestDraft longestIntegrationDraft() {
        return RequestDraft.integration("€".repeat(RequestDraft.TITLE_MAX), "ç".repeat(RequestDraft.PROBLEM_MAX),
                new ProductAnswers("🙂".repeat(RequestDraft.ANSWER_MAX / 2), "ã".repeat(RequestDraft.ANSWER_MAX),
                        "é".repeat(RequestDraft.ANSWER_MAX), clock.today().plusDays(1),
                        "ô".repeat(ProductAnswers.DATE_REASON_MAX)),
                new IntegrationAnswers("ü".repeat(IntegrationAnswers.SYSTEMS_MAX), "ß".repeat(RequestDraft.ANSWER_MAX),
                        true));
    }

    private Organisation organisation(String name) {
        return Entities.organisation(entityManager, name);
    }

    private Account account(String email) {
        return Entities.account(entityManager, email);
    }

    private void inRolledBackTransaction(Runnable work) {
        transactions.executeWithoutResult(status -> {
            work.run();
            status.setRollbackOnly();
        });
    }
}
