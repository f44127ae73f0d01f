package app.ponte.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.H2Test;
import app.ponte.SignedInServiceTest;
import app.ponte.TestClock;
import app.ponte.feedback.FeedbackFixtures.Client;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The forms waiting for a requester's answer on the dashboard, and the satisfaction trend signal. */
@H2Test
class FeedbackOutlookTest extends SignedInServiceTest {

    @Autowired
    FeedbackOutlook outlook;
    @Autowired
    FeedbackForms forms;
    @Autowired
    FeedbackFixtures fixtures;
    @Autowired
    SatisfactionTrendSignal trend;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;

    @Test
    void a_requester_reads_the_forms_waiting_for_their_own_answer_and_no_other_organisations() {
        Client ours = fixtures.newClient();
        Client theirs = fixtures.newClient();
        long delivered = fixtures.deliveredRequest(ours, "Invoice export");
        fixtures.deliveredRequest(theirs, "Their export");
        String colleague = fixtures.plainMember(ours);

        WaitingForms waiting = as(ours.email(), () -> outlook.waitingForMe());

        assertThat(waiting.count()).isEqualTo(1).isEqualTo(as(ours.email(), () -> forms.myPending()).size());
        assertThat(waiting.first()).singleElement().satisfies(form -> {
            assertThat(form.kind()).isEqualTo(FeedbackKind.DELIVERY);
            assertThat(form.requestId()).isEqualTo(delivered);
            assertThat(form.title()).isEqualTo("Invoice export");
        });
        assertThat(as(colleague, () -> outlook.waitingForMe()).count())
                .as("the form was sent to the requester, who answers it").isZero();
    }

    @Test
    void an_answered_form_no_longer_waits() {
        Client client = fixtures.newClient();
        fixtures.deliveredRequest(client, "Report totals");
        long id = as(client.email(), () -> outlook.waitingForMe()).first().getFirst().id();

        as(client.email(), () -> {
            forms.answerMine(id, new FeedbackAnswer(4, "Fine", true));
            return null;
        });

        assertThat(as(client.email(), () -> outlook.waitingForMe())).isEqualTo(new WaitingForms(0, java.util.List.of()));
    }

    @Test
    void the_trend_is_the_last_90_days_average_minus_the_90_days_before_in_tenths_and_needs_both() {
        Instant now = clock.instant();
        Client falling = fixtures.newClient();
        answered(fixtures.deliveredRequest(falling, "A"), 5, now.minus(Duration.ofDays(120)));
        answered(fixtures.deliveredRequest(falling, "B"), 4, now.minus(Duration.ofDays(150)));
        answered(fixtures.deliveredRequest(falling, "C"), 3, now.minus(Duration.ofDays(10)));
        answered(fixtures.deliveredRequest(falling, "D"), 4, now.minus(Duration.ofDays(300)));
        Client recentOnly = fixtures.newClient();
        answered(fixtures.deliveredRequest(recentOnly, "E"), 5, now.minus(Duration.ofDays(5)));

        Map<Long, Long> measured = trend.measure(now);

        assertThat(measured).as("3.0 after 4.5; the answer of 300 days ago is outside both periods")
                .containsEntry(falling.organisationId(), -15L)
                .doesNotContainKey(recentOnly.organisationId());
        assertThat(trend.levelOf(-15)).isEqualTo(app.ponte.dashboard.HealthLevel.ALERT);
        assertThat(trend.levelOf(-3)).isEqualTo(app.ponte.dashboard.HealthLevel.WARN);
        assertThat(trend.levelOf(2)).isEqualTo(app.ponte.dashboard.HealthLevel.GOOD);
    }

    /** The request's form as answered with this rating at that moment. */
    private void answered(long requestId, int score, Instant at) {
        jdbc.update("update feedback_forms set answered_at = ?, score = ? where request_id = ?", Timestamp.from(at),
                score, requestId);
    }
}
