package app.ponte.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.ponte.H2Test;
import app.ponte.SignedInServiceTest;
import app.ponte.TestClock;
import app.ponte.base.RejectedInputException;
import app.ponte.feedback.FeedbackFixtures.Client;
import app.ponte.request.RequestStatus;
import app.ponte.security.NotFoundInScopeException;
import app.ponte.security.SecureTokens;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The feedback form after a delivery: sent once, answered once by link or in the app, refused kindly after. */
@H2Test
class FeedbackFormsTest extends SignedInServiceTest {

    static final String ADDRESS = "198.51.100.7";

    @Autowired
    FeedbackForms forms;
    @Autowired
    FollowUps followUps;
    @Autowired
    FeedbackFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;

    @Test
    void a_delivery_sends_one_form_and_one_e_mail_with_its_link_in_the_requesters_language() {
        Client client = fixtures.newClient();
        long request = fixtures.deliveredRequest(client, "Export fails");

        assertThat(formsOf(request)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipient = ? and body like ?",
                Integer.class, client.email(), "%/feedback/%")).isEqualTo(1);
        String mail = fixtures.mailTo(client.email());
        assertThat(mail).contains("Olá Beatriz Cliente", "“Export fails” foi entregue", "/feedback/");
        assertThat(jdbc.queryForObject("""
                select count(*) from notifications where recipient_id = ? and event_type = 'FEEDBACK_REQUESTED'
                """, Integer.class, client.accountId())).isEqualTo(1);
    }

    @Test
    void the_link_shows_only_the_title_and_answers_once_and_a_second_answer_is_refused_with_the_day() {
        Client client = fixtures.newClient();
        long request = fixtures.deliveredRequest(client, "Invoices are late");
        String token = fixtures.tokenIn(fixtures.mailTo(client.email()));

        FeedbackPreview preview = forms.open(token, ADDRESS);
        forms.answer(token, new FeedbackAnswer(4, "  Quick and clear.  ", true), ADDRESS);
        var again = catchThrowableOfType(FeedbackLinkException.class,
                () -> forms.answer(token, new FeedbackAnswer(1, null, false), ADDRESS));
        var inApp = catchThrowableOfType(FeedbackLinkException.class,
                () -> as(client.email(), () -> { forms.answerMine(preview.id(), new FeedbackAnswer(5, null, true));
                    return null; }));

        assertThat(preview.title()).isEqualTo("Invoices are late");
        assertThat(preview.organisationName()).isNull();
        assertThat(again.problem()).isEqualTo(FeedbackProblem.ANSWERED);
        assertThat(again.answeredAt()).isNotNull();
        assertThat(inApp.problem()).isEqualTo(FeedbackProblem.ANSWERED);
        assertThat(jdbc.queryForMap("select score, resolved, answer_comment from feedback_forms where request_id = ?",
                request)).containsEntry("score", 4).containsEntry("resolved", true)
                .containsEntry("answer_comment", "Quick and clear.");
        assertThat(catchThrowableOfType(FeedbackLinkException.class, () -> forms.open(token, ADDRESS)).problem())
                .isEqualTo(FeedbackProblem.ANSWERED);
    }

    @Test
    void an_expired_link_and_a_tampered_link_are_refused_and_nothing_is_recorded() {
        Client client = fixtures.newClient();
        long request = fixtures.deliveredRequest(client, "Search is slow");
        String token = fixtures.tokenIn(fixtures.mailTo(client.email()));
        String tampered = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);

        var unknown = catchThrowableOfType(FeedbackLinkException.class,
                () -> forms.answer(tampered, new FeedbackAnswer(5, null, true), ADDRESS));
        clock.advance(Duration.ofDays(15));
        var expired = catchThrowableOfType(FeedbackLinkException.class,
                () -> forms.answer(token, new FeedbackAnswer(5, null, true), ADDRESS));

        assertThat(unknown.problem()).isEqualTo(FeedbackProblem.UNKNOWN);
        assertThat(expired.problem()).isEqualTo(FeedbackProblem.EXPIRED);
        assertThat(jdbc.queryForObject("select count(*) from feedback_forms where request_id = ? and answered_at is null",
                Integer.class, request)).isEqualTo(1);
    }

    @Test
    void only_the_sha_256_of_the_token_is_stored() {
        Client client = fixtures.newClient();
        long request = fixtures.deliveredRequest(client, "Login loops");
        String token = fixtures.tokenIn(fixtures.mailTo(client.email()));

        String stored = jdbc.queryForObject("select token_hash from feedback_forms where request_id = ?", String.class,
                request);

        assertThat(stored).isEqualTo(SecureTokens.hash(token)).doesNotContain(token);
        assertThat(token).hasSizeGreaterThanOrEqualTo(43); // 256 bits, base64url
    }

    @Test
    void a_low_rating_opens_a_follow_up_for_the_account_manager_who_marks_it_done() {
        Client client = fixtures.newClient();
        long request = fixtures.deliveredRequest(client, "Reports are wrong");
        String token = fixtures.tokenIn(fixtures.mailTo(client.email()));

        forms.answer(token, new FeedbackAnswer(2, "Still wrong.", false), ADDRESS);

        long formId = jdbc.queryForObject("select id from feedback_forms where request_id = ?", Long.class, request);
        assertThat(jdbc.queryForObject("select account_manager_id from feedback_follow_ups where form_id = ?",
                Long.class, formId)).isEqualTo(client.managerId());
        assertThat(jdbc.queryForObject("""
                select count(*) from notifications where recipient_id = ? and event_type = 'FOLLOW_UP_OPENED'
                """, Integer.class, client.managerId())).isPositive();
        FollowUpRow row = as(FeedbackFixtures.TEAM, () -> followUps.open(PageRequest.of(0, 500)).stream()
                .filter(r -> r.organisationName().equals(client.name())).findFirst().orElseThrow());
        assertThat(row.score()).isEqualTo(2);
        assertThat(row.comment()).isEqualTo("Still wrong.");

        as(FeedbackFixtures.TEAM, () -> { followUps.done(row.id(), "Called Beatriz.", row.version()); return null; });

        assertThat(jdbc.queryForMap("select state, note from feedback_follow_ups where id = ?", row.id()))
                .containsEntry("state", "DONE").containsEntry("note", "Called Beatriz.");
    }

    @Test
    void a_good_rating_opens_no_follow_up() {
        Client client = fixtures.newClient();
        long request = fixtures.deliveredRequest(client, "Typo on the page");

        forms.answer(fixtures.tokenIn(fixtures.mailTo(client.email())), new FeedbackAnswer(3, null, true), ADDRESS);

        assertThat(jdbc.queryForObject("""
                select count(*) from feedback_follow_ups u join feedback_forms f on f.id = u.form_id
                where f.request_id = ?""", Integer.class, request)).isZero();
    }

    @Test
    void a_request_delivered_again_after_it_was_reopened_gets_a_new_form_and_the_unanswered_one_is_replaced() {
        Client client = fixtures.newClient();
        long request = fixtures.deliveredRequest(client, "Sync drops rows");
        String first = fixtures.tokenIn(fixtures.mailTo(client.email()));

        fixtures.move(request, RequestStatus.IN_PROGRESS);
        fixtures.move(request, RequestStatus.DELIVERED);
        String second = fixtures.tokenIn(fixtures.mailTo(client.email()));

        assertThat(formsOf(request)).isEqualTo(2);
        assertThat(second).isNotEqualTo(first);
        assertThat(catchThrowableOfType(FeedbackLinkException.class, () -> forms.open(first, ADDRESS)).problem())
                .isEqualTo(FeedbackProblem.REPLACED);
        assertThat(forms.open(second, ADDRESS).title()).isEqualTo("Sync drops rows");
    }

    @Test
    void the_requester_answers_on_the_request_page_and_the_team_reads_the_answer_there() {
        Client client = fixtures.newClient();
        long request = fixtures.deliveredRequest(client, "PDF export blank");

        RequestFeedback before = as(client.email(), () -> forms.forRequest(request));
        as(client.email(), () -> { forms.answerMine(before.form().orElseThrow().id(),
                new FeedbackAnswer(5, "Perfect.", true)); return null; });
        RequestFeedback after = as(client.email(), () -> forms.forRequest(request));
        RequestFeedback team = as(FeedbackFixtures.TEAM, () -> forms.forRequest(request));

        assertThat(before.form()).isPresent();
        assertThat(after.form()).isEmpty();
        assertThat(after.answeredAt()).isNotNull();
        assertThat(team.answers()).singleElement().satisfies(answer -> {
            assertThat(answer.score()).isEqualTo(5);
            assertThat(answer.comment()).isEqualTo("Perfect.");
        });
    }

    @Test
    void nobody_answers_another_persons_form_by_id_and_an_answer_without_a_score_is_refused_on_its_field() {
        Client client = fixtures.newClient();
        long request = fixtures.deliveredRequest(client, "Cannot upload");
        long formId = jdbc.queryForObject("select id from feedback_forms where request_id = ?", Long.class, request);

        var stranger = catchThrowableOfType(NotFoundInScopeException.class, () -> as("leo@aurora.test", () -> {
            forms.answerMine(formId, new FeedbackAnswer(1, null, false));
            return null;
        }));
        var noScore = catchThrowableOfType(RejectedInputException.class, () -> as(client.email(), () -> {
            forms.answerMine(formId, new FeedbackAnswer(null, null, true));
            return null;
        }));

        assertThat(stranger).isNotNull();
        assertThat(noScore.field()).isEqualTo("score");
        assertThat(jdbc.queryForObject("select answered_at is null from feedback_forms where id = ?", Boolean.class,
                formId)).isTrue();
    }

    @Test
    void the_public_page_refuses_an_address_that_tries_too_many_links() {
        String address = "203.0.113.77";
        FeedbackLinkException last = null;
        for (int i = 0; i < 31; i++) {
            last = catchThrowableOfType(FeedbackLinkException.class, () -> forms.open("no-such-token", address));
        }

        assertThat(last.problem()).isEqualTo(FeedbackProblem.TOO_MANY);
    }

    private int formsOf(long request) {
        return jdbc.queryForObject("select count(*) from feedback_forms where request_id = ?", Integer.class, request);
    }
}
