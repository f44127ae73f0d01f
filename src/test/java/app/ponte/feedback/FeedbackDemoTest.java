package app.ponte.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.H2Test;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo's satisfaction story is there, as the issue tells it. */
@H2Test
class FeedbackDemoTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void ana_rated_a_delivered_aurora_request_four_of_five() {
        assertThat(jdbc.queryForList("""
                select f.score from feedback_forms f join accounts a on a.id = f.recipient_id
                join organisations o on o.id = f.organisation_id
                where a.email = 'ana@aurora.test' and o.name = 'Aurora Commerce' and f.kind = 'DELIVERY'
                  and f.answered_at is not null
                """, Integer.class)).contains(4);
    }

    @Test
    void a_feedback_e_mail_for_rita_waits_in_the_outbox_for_a_delivered_meridian_request() {
        // By subject: a test that runs the outbox sender before this one removes the link from a sent copy.
        assertThat(jdbc.queryForObject("""
                select count(*) from mail_outbox where recipient = 'rita@meridian.test'
                  and subject like 'Ponte: how did it go?%'
                """, Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("""
                select count(*) from feedback_forms f join accounts a on a.id = f.recipient_id
                where a.email = 'rita@meridian.test' and f.kind = 'DELIVERY' and f.answered_at is null
                """, Integer.class)).isPositive();
    }

    @Test
    void marketing_answered_the_relationship_survey_with_nine() {
        assertThat(jdbc.queryForList("""
                select f.score from feedback_forms f join organisations o on o.id = f.organisation_id
                where o.name = 'Marketing' and f.kind = 'SURVEY' and f.answered_at is not null
                """, Integer.class)).containsExactly(9);
    }
}
