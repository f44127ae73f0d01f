package app.ponte.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.ponte.H2Test;
import app.ponte.SignedInServiceTest;
import app.ponte.TestClock;
import app.ponte.base.RejectedInputException;
import app.ponte.feedback.FeedbackFixtures.Client;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The daily job sends each due relationship survey once, to the right people, and schedules the next quarter. */
@H2Test
class SurveyScheduleTest extends SignedInServiceTest {

    static final String ADMIN = "admin@ponte.test";

    @Autowired
    SurveySchedules schedules;
    @Autowired
    SurveyRounds job;
    @Autowired
    FeedbackForms forms;
    @Autowired
    FeedbackFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;

    @Test
    void the_job_sends_a_due_survey_once_to_the_client_admins_and_schedules_the_next_quarter() {
        Client client = fixtures.newClient();
        String plainClient = fixtures.plainMember(client);
        dueToday(client.organisationId());

        job.sendDue();
        job.sendDue();

        assertThat(surveyMailsTo(client.email())).isEqualTo(1);
        assertThat(surveyMailsTo(plainClient)).isZero();
        assertThat(fixtures.mailTo(client.email())).contains("Olá Beatriz Cliente", client.name(), "/feedback/");
        assertThat(jdbc.queryForObject("select count(*) from feedback_forms where organisation_id = ? and kind = 'SURVEY'",
                Integer.class, client.organisationId())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select next_on from survey_schedules where organisation_id = ?",
                LocalDate.class, client.organisationId())).isEqualTo(SurveySchedule.nextQuarterAfter(clock.today()))
                .isAfter(clock.today());
    }

    @Test
    void every_member_of_a_department_is_asked_and_a_round_moved_back_to_the_same_day_reaches_nobody_twice() {
        var department = fixtures.newDepartment();
        dueToday(department.organisationId());
        job.sendDue();

        dueToday(department.organisationId());
        job.sendDue();

        assertThat(surveyMailsTo(department.firstEmail())).isEqualTo(1);
        assertThat(surveyMailsTo(department.secondEmail())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select last_sent_on from survey_schedules where organisation_id = ?",
                LocalDate.class, department.organisationId())).isEqualTo(clock.today());
    }

    @Test
    void the_survey_link_shows_the_organisation_and_a_score_of_six_or_less_opens_a_follow_up() {
        Client client = fixtures.newClient();
        dueToday(client.organisationId());
        job.sendDue();
        String token = fixtures.tokenIn(fixtures.mailTo(client.email()));

        FeedbackPreview preview = forms.open(token, "192.0.2.10");
        var noResolvedNeeded = catchThrowableOfType(RejectedInputException.class,
                () -> forms.answer(token, new FeedbackAnswer(11, null, null), "192.0.2.10"));
        forms.answer(token, new FeedbackAnswer(6, "Slow answers lately.", null), "192.0.2.10");

        assertThat(preview.kind()).isEqualTo(FeedbackKind.SURVEY);
        assertThat(preview.organisationName()).isEqualTo(client.name());
        assertThat(preview.title()).isNull();
        assertThat(noResolvedNeeded.field()).isEqualTo("score");
        assertThat(jdbc.queryForObject("""
                select count(*) from feedback_follow_ups where organisation_id = ? and account_manager_id = ?
                """, Integer.class, client.organisationId(), client.managerId())).isEqualTo(1);
    }

    @Test
    void an_admin_turns_a_due_survey_off_so_nothing_is_sent_and_a_day_in_the_past_is_refused() {
        Client client = fixtures.newClient();
        dueToday(client.organisationId());
        long version = versionOf(client.organisationId());

        var past = catchThrowableOfType(RejectedInputException.class, () -> as(ADMIN, () -> {
            schedules.plan(client.organisationId(), clock.today().minusDays(1), version);
            return null;
        }));
        as(ADMIN, () -> { schedules.plan(client.organisationId(), null, version); return null; });
        job.sendDue();

        assertThat(past.field()).isEqualTo("next");
        assertThat(surveyMailsTo(client.email())).isZero();
        assertThat(as(ADMIN, schedules::schedules)).filteredOn(row -> row.organisationId() == client.organisationId())
                .singleElement().satisfies(row -> assertThat(row.nextOn()).isNull());
    }

    private void dueToday(long organisationId) {
        as(ADMIN, () -> {
            long version = schedules.schedules().stream().filter(row -> row.organisationId() == organisationId)
                    .findFirst().orElseThrow().version();
            schedules.plan(organisationId, clock.today(), version);
            return null;
        });
    }

    private long versionOf(long organisationId) {
        return as(ADMIN, () -> schedules.schedules().stream().filter(row -> row.organisationId() == organisationId)
                .findFirst().orElseThrow().version());
    }

    private int surveyMailsTo(String email) {
        return jdbc.queryForObject("select count(*) from mail_outbox where recipient = ? and body like ?",
                Integer.class, email, "%/feedback/%");
    }
}
