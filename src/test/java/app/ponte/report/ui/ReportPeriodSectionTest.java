package app.ponte.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.UiTest;
import app.ponte.report.ProgressReportFixtures;
import app.ponte.report.ProgressReportFixtures.Client;
import app.ponte.report.ReportPeriodKind;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The report period in the organisation's editor: admins choose and save it, the team reads it, others get none. */
class ReportPeriodSectionTest extends UiTest {

    @Autowired
    ReportPeriodSection section;
    @Autowired
    ProgressReportFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_administrator_chooses_quarterly_and_the_schedule_is_saved() {
        Client client = fixtures.newClient();
        signInAs("admin@ponte.test");

        var component = section.sectionFor(client.organisationId()).orElseThrow();
        UI.getCurrent().add(component); // as the organisation editor shows it
        var form = find(ReportPeriodForm.class).from(component).single();
        form.kind.setValue(ReportPeriodKind.QUARTERLY);
        test(form.save).click();

        assertThat(jdbc.queryForObject("select period_kind from report_schedules where organisation_id = ?",
                String.class, client.organisationId())).isEqualTo("QUARTERLY");
        assertThat(form.kind.isInvalid()).isFalse();
    }

    @Test
    void the_team_reads_the_period_and_a_client_or_the_teams_own_organisation_gets_no_section() {
        Client client = fixtures.newClient();
        long team = jdbc.queryForObject("select id from organisations where kind = 'TEAM' order by id limit 1",
                Long.class);
        signInAs("lead@ponte.test");

        var component = section.sectionFor(client.organisationId()).orElseThrow();

        assertThat(find(ReportPeriodForm.class).from(component).exists()).isFalse();
        assertThat(find(Paragraph.class).from(component).single().getText()).isEqualTo("Progress report: Monthly");
        assertThat(section.sectionFor(team)).isEmpty();

        signInAs(client.adminEmail());
        assertThat(section.sectionFor(client.organisationId())).isEmpty();
    }
}
