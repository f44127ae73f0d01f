package app.ponte.request;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.H2Test;
import app.ponte.SignedIn;
import app.ponte.SignedInServiceTest;
import app.ponte.base.NotificationLine;
import app.ponte.base.TranslationProvider;
import app.ponte.notification.NotificationCenter;
import app.ponte.notification.NotificationEvent;
import app.ponte.organisation.DemoFixtures;
import app.ponte.security.Role;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who is told what about a request, in which language and through which channel. Each test files its
 * request as a fresh member, so the counts it reads are its own.
 */
@H2Test
class RequestNotificationsTest extends SignedInServiceTest {

    @Autowired
    RequestIntake intake;
    @Autowired
    RequestReading reading;
    @Autowired
    RequestFollowers followers;
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

    @Test
    void a_status_change_reaches_the_requester_in_the_app_and_by_e_mail_in_their_language_with_a_link() {
        String requester = fixtures.newMember("Marketing", Role.INTERNAL);
        jdbc.update("update accounts set language = 'pt-BR' where email = ?", requester);
        long id = file(requester, "Painel de campanha");

        move(id, RequestStatus.TRIAGED);

        List<NotificationLine> lines = as(requester, () -> center.latest(10));
        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.read()).isFalse();
            assertThat(line.link()).isEqualTo("requests/" + id);
            assertThat(line.text((key, args) -> translations.getTranslation(key,
                    TranslationProvider.BRAZILIAN_PORTUGUESE, args)))
                    .isEqualTo("O pedido nº " + id + " “Painel de campanha” agora está Triado.");
        });
        assertThat(as(requester, () -> center.unreadCount())).isEqualTo(1);
        assertThat(mailTo(requester)).singleElement().satisfies(body -> assertThat(body)
                .contains("agora está Triado", "/requests/" + id));
    }

    @Test
    void an_internal_note_never_reaches_the_requesters_side_but_reaches_the_team_watching() {
        String requester = fixtures.newMember("Aurora Commerce", Role.CLIENT);
        String colleague = fixtures.newMember("Aurora Commerce", Role.CLIENT);
        long id = file(requester, "Webhook retries");
        SignedIn.run(users, colleague, () -> followers.watch(id, true));
        SignedIn.run(users, "lead@ponte.test", () -> followers.watch(id, true));

        SignedIn.run(users, "admin@ponte.test", () -> conversations.comment(id,
                "Aurora is on the old plan, @" + requester + " must not see this", true));

        for (String clientSide : List.of(requester, colleague)) {
            assertThat(as(clientSide, () -> center.latest(10))).isEmpty();
            assertThat(mailTo(clientSide)).isEmpty();
        }
        assertThat(as("lead@ponte.test", () -> center.latest(1))).singleElement()
                .satisfies(line -> assertThat(line.messageKey()).isEqualTo(NotificationEvent.COMMENT.messageKey()));
    }

    @Test
    void a_mention_tells_the_person_once_and_nobody_outside_the_request_is_told() {
        String requester = fixtures.newMember("Aurora Commerce", Role.CLIENT);
        String colleague = fixtures.newMember("Aurora Commerce", Role.CLIENT);
        String outsider = fixtures.newMember("Meridian Bank", Role.CLIENT);
        long id = file(requester, "Order export format");

        SignedIn.run(users, "lead@ponte.test", () -> conversations.comment(id,
                "@" + colleague + " and @" + requester + ", please confirm. cc @" + outsider, false));

        assertThat(as(colleague, () -> center.latest(10))).extracting(NotificationLine::messageKey)
                .containsExactly(NotificationEvent.MENTION.messageKey());
        assertThat(as(requester, () -> center.latest(10))).extracting(NotificationLine::messageKey)
                .containsExactly(NotificationEvent.MENTION.messageKey());
        assertThat(as(outsider, () -> center.latest(10))).isEmpty();
        assertThat(mailTo(outsider)).isEmpty();
    }

    @Test
    void each_person_chooses_the_channels_and_someone_who_stops_watching_hears_nothing_more() {
        String requester = fixtures.newMember("Aurora Commerce", Role.CLIENT);
        long id = file(requester, "Rate limit headers");
        SignedIn.run(users, requester, () -> center.choose(NotificationEvent.STATUS_CHANGED, true, false));

        move(id, RequestStatus.TRIAGED);
        assertThat(as(requester, () -> center.unreadCount())).isEqualTo(1);
        assertThat(mailTo(requester)).isEmpty();

        SignedIn.run(users, requester, () -> followers.watch(id, false));
        move(id, RequestStatus.PLANNED);
        assertThat(as(requester, () -> center.unreadCount())).isEqualTo(1);
        assertThat(as(requester, () -> reading.details(id).viewer().watching())).isFalse();
    }

    @Test
    void nobody_can_mark_someone_elses_notification_read() {
        String requester = fixtures.newMember("Aurora Commerce", Role.CLIENT);
        long id = file(requester, "Sandbox keys");
        move(id, RequestStatus.TRIAGED);
        long notification = as(requester, () -> center.latest(1)).getFirst().id();

        SignedIn.run(users, "leo@aurora.test", () -> center.markRead(notification));
        assertThat(as(requester, () -> center.unreadCount())).isEqualTo(1);

        SignedIn.run(users, requester, () -> center.markRead(notification));
        assertThat(as(requester, () -> center.unreadCount())).isZero();
    }

    private long file(String requester, String title) {
        return as(requester, () -> intake.file(RequestDraft.simple(RequestKind.QUESTION, title, "Details")));
    }

    private void move(long id, RequestStatus to) {
        SignedIn.run(users, "lead@ponte.test", () -> workflow.move(id, to, null, reading.details(id).version()));
    }

    private List<String> mailTo(String recipient) {
        return jdbc.queryForList("select body from mail_outbox where recipient = ? and subject like 'Ponte: %'",
                String.class, recipient.toLowerCase(Locale.ROOT));
    }
}
