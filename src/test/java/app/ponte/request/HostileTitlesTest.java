package app.ponte.request;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.H2Test;
import app.ponte.SignedIn;
import app.ponte.SignedInServiceTest;
import app.ponte.base.NotificationLine;
import app.ponte.base.TranslationProvider;
import app.ponte.notification.NotificationCenter;
import app.ponte.organisation.DemoFixtures;
import app.ponte.organisation.Profile;
import app.ponte.security.Role;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A client's words are data: a request titled like an instruction of the notification text ("date:",
 * "key:", a message pattern) neither stops the team's work on it nor the notices its followers read.
 */
@H2Test
class HostileTitlesTest extends SignedInServiceTest {

    private static final String LEAD = "lead@ponte.test";

    @Autowired
    RequestIntake intake;
    @Autowired
    RequestReading reading;
    @Autowired
    RequestWorkflow workflow;
    @Autowired
    Conversation conversations;
    @Autowired
    NotificationCenter center;
    @Autowired
    DemoFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    I18NProvider translations;

    @ParameterizedTest
    @ValueSource(strings = {"date:tomorrow", "key:x.y", "date:2026-02-30", "key:", "{0} it''s {1,date,long}"})
    void the_team_answers_and_moves_a_request_with_a_hostile_title_and_its_requester_reads_the_title_as_written(
            String title) {
        String requester = fixtures.newMember("Aurora Commerce", Role.CLIENT);
        long id = as(requester, () -> intake.file(RequestDraft.simple(RequestKind.QUESTION, title, "Details")));

        SignedIn.run(users, LEAD, () -> conversations.comment(id, "We are looking into it.", false));
        SignedIn.run(users, LEAD, () -> workflow.move(id, RequestStatus.TRIAGED, null,
                reading.details(id).version()));

        assertThat(as(LEAD, () -> reading.details(id)).status()).isEqualTo(RequestStatus.TRIAGED);
        List<NotificationLine> lines = as(requester, () -> center.latest(10));
        assertThat(lines).hasSize(2);
        for (Locale locale : TranslationProvider.LOCALES) {
            assertThat(lines).allSatisfy(line -> assertThat(
                    line.text((key, args) -> translations.getTranslation(key, locale, args))).contains(title));
        }
        assertThat(mailTo(requester)).hasSize(2).allSatisfy(body -> assertThat(body).contains(title));
    }

    @Test
    void a_colleague_with_a_long_name_writes_on_a_long_titled_request_and_the_comment_and_its_notice_are_kept() {
        String requester = fixtures.newMember("Aurora Commerce", Role.CLIENT);
        String colleague = fixtures.newMember("Aurora Commerce", Role.CLIENT);
        jdbc.update("update accounts set display_name = ? where email = ?", "N".repeat(Profile.DISPLAY_NAME_MAX),
                colleague);
        long id = as(requester, () -> intake.file(RequestDraft.simple(RequestKind.QUESTION,
                "T".repeat(RequestDraft.TITLE_MAX), "Details")));

        SignedIn.run(users, colleague, () -> conversations.comment(id, "Same here.", false));

        assertThat(as(requester, () -> conversations.read(id))).hasSize(1);
        assertThat(as(requester, () -> center.latest(10))).hasSize(1);
        assertThat(mailTo(requester)).hasSize(1);
    }

    private List<String> mailTo(String recipient) {
        return jdbc.queryForList("select body from mail_outbox where recipient = ? and subject like 'Ponte: %'",
                String.class, recipient.toLowerCase(Locale.ROOT));
    }
}
