package app.ponte.feedback;

import static app.ponte.RoleMatrix.EVERYONE;
import static app.ponte.RoleMatrix.TEAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.ponte.H2Test;
import app.ponte.RoleMatrix;
import app.ponte.SignedInServiceTest;
import app.ponte.feedback.FeedbackFixtures.Client;
import app.ponte.security.NotFoundInScopeException;
import app.ponte.security.Role;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every role against every public method of feedback's services (changes called with ids that do not exist, so
 * nothing changes), and organisations reaching other organisations' results and forms by id.
 */
@H2Test
class FeedbackSecurityTest extends SignedInServiceTest {

    static final Set<Role> TEAM_AND_CONTACTS = EnumSet.of(Role.ADMIN, Role.TEAM, Role.INTERNAL, Role.CLIENT_ADMIN);

    @Autowired
    FeedbackForms forms;
    @Autowired
    FollowUps followUps;
    @Autowired
    SurveySchedules schedules;
    @Autowired
    Satisfaction satisfaction;
    @Autowired
    FeedbackFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @TestFactory
    Stream<DynamicTest> each_role_is_let_through_exactly_the_feedback_methods_meant_for_it() {
        var answer = new FeedbackAnswer(3, null, true);
        return RoleMatrix.pastTheCheck()
                .call("FeedbackForms.open", EVERYONE, () -> forms.open("no-such-token", "192.0.2.200"))
                .call("FeedbackForms.answer", EVERYONE, () -> forms.answer("no-such-token", answer, "192.0.2.200"))
                .call("FeedbackForms.forRequest", EVERYONE, () -> forms.forRequest(-1))
                .call("FeedbackForms.myPendingSurveys", EVERYONE, () -> forms.myPendingSurveys())
                .call("FeedbackForms.myPending", EVERYONE, () -> forms.myPending())
                .call("FeedbackForms.answerMine", EVERYONE, () -> forms.answerMine(-1, answer))
                .call("FollowUps.open", TEAM, () -> followUps.open(PageRequest.of(0, 1)))
                .call("FollowUps.openCount", TEAM, () -> followUps.openCount())
                .call("FollowUps.done", TEAM, () -> followUps.done(-1, null, 0))
                .call("SurveySchedules.schedules", EnumSet.of(Role.ADMIN), () -> schedules.schedules())
                .call("SurveySchedules.plan", EnumSet.of(Role.ADMIN), () -> schedules.plan(-1, null, 0))
                .call("SurveySchedules.sendDue", EnumSet.of(Role.ADMIN), () -> schedules.sendDue())
                .call("Satisfaction.results", TEAM_AND_CONTACTS, () -> satisfaction.results(null))
                .call("Satisfaction.answers", TEAM_AND_CONTACTS, () -> satisfaction.answers(null, PageRequest.of(0, 1)))
                .tests(users);
    }

    @Test
    void a_client_admin_cannot_read_another_organisations_results_by_id_and_the_attempt_is_audited() {
        Client other = fixtures.newClient();
        fixtures.deliveredRequest(other, "Their secret request");
        forms.answer(fixtures.tokenIn(fixtures.mailTo(other.email())), new FeedbackAnswer(5, "Theirs.", true),
                "192.0.2.201");

        var results = catchThrowableOfType(NotFoundInScopeException.class,
                () -> as("ana@aurora.test", () -> satisfaction.results(other.organisationId())));
        var answers = catchThrowableOfType(NotFoundInScopeException.class,
                () -> as("marketing@ponte.test", () -> satisfaction.answers(other.organisationId(), PageRequest.of(0, 9))));
        var own = as("ana@aurora.test", () -> satisfaction.answers(null, PageRequest.of(0, 500)));

        assertThat(results).isNotNull();
        assertThat(answers).isNotNull();
        assertThat(own.getContent()).noneMatch(row -> row.organisationId() == other.organisationId());
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_events where action = 'satisfaction.results' and target_id = ?
                """, Integer.class, other.organisationId())).isEqualTo(2);
    }

    @Test
    void the_team_reads_one_organisations_results_when_it_names_it() {
        Client client = fixtures.newClient();
        fixtures.deliveredRequest(client, "Team reads this");
        forms.answer(fixtures.tokenIn(fixtures.mailTo(client.email())), new FeedbackAnswer(2, null, false),
                "192.0.2.202");

        var results = as(FeedbackFixtures.TEAM, () -> satisfaction.results(client.organisationId()));

        assertThat(results.months()).singleElement().satisfies(month -> {
            assertThat(month.organisationName()).isEqualTo(client.name());
            assertThat(month.answers()).isEqualTo(1);
            assertThat(month.average()).isEqualTo(2.0);
        });
        assertThat(results.members()).singleElement().satisfies(member -> assertThat(member.answers()).isEqualTo(1));
    }
}
