package app.ponte.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.ponte.H2Test;
import app.ponte.SignedInServiceTest;
import app.ponte.base.RejectedInputException;
import app.ponte.report.ProgressReportFixtures.Client;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Send now" and the demo's reports: the snapshot stored with the team's note, one e-mail per contact in their own
 * language with the PDF attached and the report's link, and a period never sent twice.
 */
@H2Test
class ProgressReportMailTest extends SignedInServiceTest {

    static final String TEAM = ProgressReportFixtures.TEAM;

    @Autowired
    ProgressReports reports;
    @Autowired
    ProgressReportFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void send_now_stores_the_snapshot_with_the_note_and_mails_each_contact_in_their_language_with_the_pdf() {
        Client client = fixtures.newClient();
        var period = fixtures.lastMonth();

        long id = as(TEAM, () -> reports.sendNow(client.organisationId(), period, "Ahead of the review: <b>read me</b>"));

        var stored = as(client.adminEmail(), () -> reports.report(id));
        assertThat(stored.note()).isEqualTo("Ahead of the review: <b>read me</b>");
        assertThat(stored.sentAt()).isNotNull();
        assertThat(stored.content().period()).isEqualTo(period);
        String month = period.from().getMonth().getDisplayName(TextStyle.FULL_STANDALONE, Locale.forLanguageTag("pt-BR"));
        var toAdmin = mailTo(client.adminEmail());
        assertThat(toAdmin).containsEntry("LANGUAGE", "pt-BR").containsEntry("SUBJECT",
                "Ponte: relatório de progresso de " + client.name() + ", " + month + " de " + period.from().getYear());
        var toManager = mailTo(TEAM);
        assertThat(toManager.get("SUBJECT")).isEqualTo(toAdmin.get("SUBJECT")); // lead@ reads Portuguese too
        assertThat(mailsTo(client.plainEmail())).isZero();
        assertThat(attachments(client.adminEmail())).containsExactly(
                "report-report-client-" + client.name().substring("Report client ".length()) + "-"
                        + ReportPeriodWords.fileLabel(period) + ".pdf|application/pdf");
        assertThat(jdbc.queryForObject("""
                select a.email from progress_reports r join accounts a on a.id = r.generated_by where r.id = ?
                """, String.class, id)).isEqualTo(TEAM);
        var listed = as(TEAM, () -> reports.list(client.organisationId(), PageRequest.of(0, 5))).getContent();
        assertThat(listed).singleElement().satisfies(row -> assertThat(row.sentEarlyBy()).isEqualTo("Lucas Lead"));
    }

    @Test
    void a_departments_member_reads_the_subject_in_english() {
        Client department = fixtures.newDepartment();
        var period = ReportPeriod.containing(ReportPeriodKind.QUARTERLY,
                fixtures.lastMonth().from()).previous();

        as(TEAM, () -> reports.sendNow(department.organisationId(), period, null));

        var mail = mailTo(department.adminEmail());
        assertThat((String) mail.get("LANGUAGE")).startsWith("en");
        assertThat(mail.get("SUBJECT")).isEqualTo("Ponte: progress report for " + department.name() + ", Q"
                + period.from().get(java.time.temporal.IsoFields.QUARTER_OF_YEAR) + " " + period.from().getYear());
    }

    @Test
    void the_same_period_is_never_sent_twice_and_the_second_attempt_is_told_clearly() {
        Client client = fixtures.newClient();
        var period = fixtures.lastMonth();
        as(TEAM, () -> reports.sendNow(client.organisationId(), period, null));
        int mails = mailsTo(client.adminEmail());

        var again = catchThrowableOfType(RejectedInputException.class,
                () -> as("admin@ponte.test", () -> reports.sendNow(client.organisationId(), period, "Once more")));

        assertThat(again.field()).isEqualTo("period");
        assertThat(again.messageKey()).isEqualTo("report.error.already-stored");
        assertThat(mailsTo(client.adminEmail())).isEqualTo(mails).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from progress_reports where organisation_id = ?",
                Integer.class, client.organisationId())).isEqualTo(1);
    }

    @Test
    void the_demo_holds_last_months_report_for_aurora_in_english_and_for_marketing_in_portuguese_with_their_mails() {
        var aurora = as("ana@aurora.test", () -> reports.list(null, PageRequest.of(0, 50))).getContent();
        var marketing = as("marketing@ponte.test", () -> reports.list(null, PageRequest.of(0, 50))).getContent();

        assertThat(aurora).anySatisfy(row -> {
            assertThat(row.organisationName()).isEqualTo("Aurora Commerce");
            assertThat(row.period().kind()).isEqualTo(ReportPeriodKind.MONTHLY);
            assertThat(row.sentEarlyBy()).isNull();
        });
        assertThat(marketing).anySatisfy(row -> assertThat(row.organisationName()).isEqualTo("Marketing"));
        assertThat(jdbc.queryForObject("""
                select count(*) from mail_outbox m join mail_outbox_attachments f on f.message_id = m.id
                where m.recipient = 'ana@aurora.test' and m.language = 'en-US'
                  and m.subject like 'Ponte: progress report for Aurora Commerce, %' and f.file_name like 'report-aurora-commerce-%.pdf'
                """, Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("""
                select count(*) from mail_outbox where recipient = 'marketing@ponte.test' and language = 'pt-BR'
                  and subject like 'Ponte: relatório de progresso de Marketing, %'
                """, Integer.class)).isEqualTo(1);
    }

    private Map<String, Object> mailTo(String email) {
        return jdbc.queryForMap("""
                select language, subject, body from mail_outbox where recipient = ? and subject like 'Ponte: %'
                order by id desc limit 1
                """, email);
    }

    private int mailsTo(String email) {
        return jdbc.queryForObject("select count(*) from mail_outbox where recipient = ? and subject like 'Ponte: %'",
                Integer.class, email);
    }

    private List<String> attachments(String email) {
        return jdbc.queryForList("""
                select f.file_name || '|' || f.media_type from mail_outbox m
                join mail_outbox_attachments f on f.message_id = m.id where m.recipient = ? order by f.id
                """, String.class, email);
    }
}
