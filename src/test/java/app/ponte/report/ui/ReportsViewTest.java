package app.ponte.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.UiTest;
import app.ponte.organisation.Organisations;
import app.ponte.report.ProgressReportFixtures;
import app.ponte.report.ProgressReportFixtures.Client;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The reports list and page: a client sees only its own reports; the team previews a period without storing it. */
class ReportsViewTest extends UiTest {

    @Autowired
    ProgressReportFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Organisations organisations;

    @Test
    void a_client_lists_only_its_own_reports_without_the_teams_tools_and_opens_one_under_its_organisation_and_period() {
        Client client = fixtures.newClient();
        Client other = fixtures.newClient();
        long own = fixtures.stored(ProgressReportFixtures.content(client.organisationId(), client.name(), fixtures.lastMonth()));
        fixtures.stored(ProgressReportFixtures.content(other.organisationId(), other.name(), fixtures.lastMonth()));
        signInAs(client.adminEmail());

        var view = navigate(ReportsView.class);

        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).id()).isEqualTo(own);
        assertThat(find(Button.class).withId(ReportsView.PREVIEW_ID).exists()).isFalse();
        assertThat(view.organisation.isAttached()).isFalse();

        var page = navigate("reports/" + own, ReportView.class);

        var month = fixtures.lastMonth().from();
        assertThat(page.heading.getText()).isEqualTo(client.name() + ": progress report, "
                + month.getMonth().getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, java.util.Locale.UK) + " "
                + month.getYear());
        assertThat(page.pdf.getText()).isEqualTo("Download PDF");
        assertThat(page.pdf.getHref()).isNotBlank();
    }

    @Test
    void another_organisations_report_is_the_same_page_not_found_as_a_missing_one() {
        Client client = fixtures.newClient();
        Client other = fixtures.newClient();
        long theirs = fixtures.stored(ProgressReportFixtures.content(other.organisationId(), other.name(), fixtures.lastMonth()));
        signInAs(client.plainEmail());

        UI.getCurrent().navigate("reports/" + theirs);
        String foreign = getCurrentView().getElement().getTextRecursively();
        UI.getCurrent().navigate("reports/999999999");
        String missing = getCurrentView().getElement().getTextRecursively();

        assertThat(foreign).isEqualTo(missing).contains("Page not found").doesNotContain(other.name());
    }

    @Test
    void the_team_previews_an_ended_period_in_a_dialog_and_nothing_is_stored() {
        Client client = fixtures.newClient();
        signInAs("lead@ponte.test");
        var view = navigate(ReportsView.class);

        test(find(Button.class).id(ReportsView.PREVIEW_ID)).click();
        var dialog = find(ReportOrderDialog.class).single();
        dialog.organisation.setValue(organisations.summary(client.organisationId()));
        assertThat(dialog.period.getValue()).isEqualTo(fixtures.lastMonth());
        assertThat(dialog.note.isVisible()).isFalse();
        dialog.preview();

        assertThat(find(ReportBody.class).from(dialog.body).exists()).isTrue();
        assertThat(dialog.period.isInvalid()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from progress_reports where organisation_id = ?",
                Integer.class, client.organisationId())).isZero();
        assertThat(view.card.isVisible()).isFalse();
    }

    @Test
    void the_team_sends_a_period_early_with_a_note_after_confirming_and_a_second_time_is_refused_on_the_period() {
        Client client = fixtures.newClient();
        signInAs("lead@ponte.test");
        var view = navigate(ReportsView.class);
        view.organisation.setValue(organisations.summary(client.organisationId()));

        test(find(Button.class).id(ReportsView.SEND_ID)).click();
        var dialog = find(ReportOrderDialog.class).single();
        assertThat(dialog.organisation.getValue().id()).isEqualTo(client.organisationId());
        test(dialog.note).setValue("Before Thursday’s review.");
        var confirm = dialog.confirmSending();
        assertThat(confirm.isOpened()).isTrue();
        confirm.close(); // what "Send now" in the confirmation does, before its listener sends
        dialog.sendNow();

        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select note from progress_reports where organisation_id = ?", String.class,
                client.organisationId())).isEqualTo("Before Thursday’s review.");

        test(find(Button.class).id(ReportsView.SEND_ID)).click();
        var again = find(ReportOrderDialog.class).last();
        again.sendNow();

        assertThat(again.period.isInvalid()).isTrue();
        assertThat(again.period.getErrorMessage()).startsWith("The report for this period exists already");
        assertThat(jdbc.queryForObject("select count(*) from progress_reports where organisation_id = ?",
                Integer.class, client.organisationId())).isEqualTo(1);
    }

    @Test
    void on_a_phone_each_report_is_one_card() {
        signInAs("lead@ponte.test");
        var view = navigate(ReportsView.class);

        view.narrow(true);

        assertThat(view.grid.getColumns()).filteredOn(column -> column.isVisible()).containsExactly(view.card);
        assertThat(find(H2.class).first().getText()).isEqualTo("Progress reports");
    }
}
