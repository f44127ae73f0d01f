package app.ponte.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.ponte.H2Test;
import app.ponte.SignedInServiceTest;
import app.ponte.base.ConcurrentEditException;
import app.ponte.base.RejectedInputException;
import app.ponte.base.TranslationProvider;
import app.ponte.report.ProgressReportFixtures.Client;
import app.ponte.security.NotFoundInScopeException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reading stored reports, the team's preview, periods that have not ended, and the schedule. */
@H2Test
class ProgressReportsTest extends SignedInServiceTest {

    static final String TEAM = ProgressReportFixtures.TEAM;
    static final String ADMIN = "admin@ponte.test";

    @Autowired
    ProgressReports reports;
    @Autowired
    ReportSchedules schedules;
    @Autowired
    ProgressReportFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_stored_report_reads_back_from_its_snapshot_for_its_own_people_and_the_team() {
        Client client = fixtures.newClient();
        var content = ProgressReportFixtures.content(client.organisationId(), client.name(), fixtures.lastMonth());
        long id = fixtures.stored(content);

        var asClient = as(client.plainEmail(), () -> reports.report(id));
        var asTeam = as(TEAM, () -> reports.report(id));

        assertThat(asClient.content()).isEqualTo(content);
        assertThat(asTeam.content()).isEqualTo(content);
        assertThat(asClient.organisationName()).isEqualTo(client.name());
        assertThat(as(client.adminEmail(), () -> reports.pdf(id, Locale.UK)).fileName())
                .startsWith("report-report-client-").endsWith("-" + ReportPeriodWords.fileLabel(content.period()) + ".pdf");
    }

    @Test
    void a_client_lists_only_its_own_reports_newest_first_and_the_team_narrows_to_one_organisation() {
        Client client = fixtures.newClient();
        Client other = fixtures.newClient();
        var last = fixtures.lastMonth();
        long older = fixtures.stored(ProgressReportFixtures.content(client.organisationId(), client.name(), last.previous()));
        long newer = fixtures.stored(ProgressReportFixtures.content(client.organisationId(), client.name(), last));
        fixtures.stored(ProgressReportFixtures.content(other.organisationId(), other.name(), last));

        var own = as(client.plainEmail(), () -> reports.list(null, PageRequest.of(0, 50))).getContent();
        var team = as(TEAM, () -> reports.list(client.organisationId(), PageRequest.of(0, 50))).getContent();

        assertThat(own).extracting(ReportSummary::id).containsExactly(newer, older);
        assertThat(team).extracting(ReportSummary::id).containsExactly(newer, older);
        assertThat(team.getFirst().organisationName()).isEqualTo(client.name());
        assertThat(team.getFirst().period()).isEqualTo(last);
        assertThat(team.getFirst().sentEarlyBy()).isNull();
    }

    @Test
    void the_team_previews_a_period_that_has_ended_and_nothing_is_stored() {
        Client client = fixtures.newClient();

        var preview = as(TEAM, () -> reports.preview(client.organisationId(), fixtures.lastMonth()));

        assertThat(preview.organisationId()).isEqualTo(client.organisationId());
        assertThat(preview.period()).isEqualTo(fixtures.lastMonth());
        assertThat(jdbc.queryForObject("select count(*) from progress_reports where organisation_id = ?",
                Integer.class, client.organisationId())).isZero();
        assertThat(as(TEAM, () -> reports.endedPeriods(client.organisationId(), ReportPeriodKind.MONTHLY, 3)))
                .containsExactly(fixtures.lastMonth(), fixtures.lastMonth().previous(),
                        fixtures.lastMonth().previous().previous());
    }

    @Test
    void a_report_period_that_has_not_ended_is_refused_on_its_field_with_a_translated_message() {
        Client client = fixtures.newClient();
        var running = fixtures.thisMonth();

        var preview = catchThrowableOfType(RejectedInputException.class,
                () -> as(TEAM, () -> reports.preview(client.organisationId(), running)));
        var send = catchThrowableOfType(RejectedInputException.class,
                () -> as(TEAM, () -> reports.sendNow(client.organisationId(), running, "Early!")));

        for (var refusal : new RejectedInputException[] {preview, send}) {
            assertThat(refusal.field()).isEqualTo("period");
            assertThat(refusal.messageKey()).isEqualTo("report.error.period-not-ended");
        }
        assertThat(new TranslationProvider().getTranslation("report.error.period-not-ended",
                Locale.forLanguageTag("pt-BR"))).isEqualTo("Este período do relatório ainda não terminou. Escolha um período já encerrado.");
        assertThat(jdbc.queryForObject("select count(*) from progress_reports where organisation_id = ?",
                Integer.class, client.organisationId())).isZero();
    }

    @Test
    void a_period_that_is_not_a_whole_month_is_refused() {
        Client client = fixtures.newClient();
        var last = fixtures.lastMonth();
        var shifted = new ReportPeriod(ReportPeriodKind.MONTHLY, last.from().plusDays(1), last.to().plusDays(1));

        var refusal = catchThrowableOfType(RejectedInputException.class,
                () -> as(TEAM, () -> reports.preview(client.organisationId(), shifted)));

        assertThat(refusal.messageKey()).isEqualTo("report.error.period-invalid");
    }

    @Test
    void the_teams_own_organisation_has_no_report_to_preview() {
        long team = jdbc.queryForObject("select id from organisations where kind = 'TEAM' order by id limit 1", Long.class);

        assertThat(catchThrowableOfType(NotFoundInScopeException.class,
                () -> as(TEAM, () -> reports.preview(team, fixtures.lastMonth())))).isNotNull();
        assertThat(as(TEAM, () -> schedules.schedule(team))).isEmpty();
    }

    @Test
    void an_administrator_sets_the_period_the_team_reads_it_a_stale_version_is_refused_and_the_change_is_audited() {
        Client client = fixtures.newClient();
        var before = as(TEAM, () -> schedules.schedule(client.organisationId())).orElseThrow();
        assertThat(before.periodKind()).isEqualTo(ReportPeriodKind.MONTHLY);
        assertThat(before.active()).isTrue();
        assertThat(before.version()).isEqualTo(-1);

        var weekly = as(ADMIN, () -> schedules.set(client.organisationId(), ReportPeriodKind.WEEKLY, true, -1));
        var stale = catchThrowableOfType(ConcurrentEditException.class, () -> as(ADMIN,
                () -> schedules.set(client.organisationId(), ReportPeriodKind.QUARTERLY, false, -1)));
        var off = as(ADMIN, () -> schedules.set(client.organisationId(), ReportPeriodKind.QUARTERLY, false,
                weekly.version()));

        assertThat(stale).isNotNull();
        assertThat(as(TEAM, () -> schedules.schedule(client.organisationId()))).contains(off);
        assertThat(off.periodKind()).isEqualTo(ReportPeriodKind.QUARTERLY);
        assertThat(off.active()).isFalse();
        assertThat(as(TEAM, () -> schedules.schedules())).contains(off);
        assertThat(jdbc.queryForList("""
                select after_state from audit_events where action = 'report-schedule.set' and target_id = ? order by id
                """, String.class, client.organisationId())).containsExactly("WEEKLY", "QUARTERLY (off)");
    }
}
