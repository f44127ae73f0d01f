package app.ponte.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.H2Test;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo's minutes are there, as the issue tells them: last week's Aurora review held, minuted, with its items. */
@H2Test
class MinutesDemoTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void auroras_latest_review_was_held_with_notes_two_decisions_and_three_action_items() {
        Long meeting = jdbc.queryForObject("""
                select m.id from meetings m join organisations o on o.id = m.organisation_id
                where o.name = 'Aurora Commerce' and m.kind = 'REVIEW' and m.state = 'HELD'
                order by m.starts_at desc limit 1
                """, Long.class);

        assertThat(jdbc.queryForObject("select count(*) from meeting_outcomes where meeting_id = ? and kind = 'DECISION'",
                Integer.class, meeting)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select internal_notes from meeting_minutes where meeting_id = ?", String.class,
                meeting)).isNotBlank();
        assertThat(jdbc.queryForObject("""
                select count(*) from agenda_points where meeting_id = ? and frozen = true and origin = 'ADDED'
                """, Integer.class, meeting)).isEqualTo(1);
        assertThat(jdbc.queryForObject("""
                select count(*) from action_items where meeting_id = ? and done_at is not null
                """, Integer.class, meeting)).isEqualTo(1);
    }

    @Test
    void the_teams_load_test_results_are_overdue_and_auroras_forecast_is_owned_by_ana() {
        LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));

        LocalDate due = jdbc.queryForObject("""
                select i.due_day from action_items i join accounts a on a.id = i.owner_id
                where i.item_text = 'Send the load-test results to Aurora' and a.email = 'lead@ponte.test'
                  and i.owner_side = 'TEAM' and i.done_at is null
                """, LocalDate.class);
        assertThat(jdbc.queryForObject("""
                select count(*) from action_items i join accounts a on a.id = i.owner_id
                where i.item_text = 'Share the Black Friday traffic forecast' and a.email = 'ana@aurora.test'
                  and i.owner_side = 'ORGANISATION' and i.done_at is null
                """, Integer.class)).isEqualTo(1);

        assertThat(due).isBefore(today);
    }
}
