package app.ponte.notification;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.H2Test;
import app.ponte.SignedIn;
import app.ponte.SignedInServiceTest;
import app.ponte.base.NotificationLine.Argument;
import app.ponte.organisation.DemoFixtures;
import app.ponte.security.Role;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The e-mail a change causes is queued after the change committed: it can fail, the change stays. */
@H2Test
class NotificationMailAfterCommitTest extends SignedInServiceTest {

    @Autowired
    NotificationCenter center;
    @Autowired
    DemoFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void an_e_mail_that_cannot_be_queued_never_undoes_the_change_that_caused_it() {
        String person = fixtures.newMember("Aurora Commerce", Role.CLIENT);
        long accountId = fixtures.accountId(person);
        // An address longer than the outbox column holds: storing the message fails.
        var unmailable = new Recipient(accountId, "x".repeat(300) + "@example.test", "en");

        SignedIn.run(users, person, () -> new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
            center.choose(NotificationEvent.COMMENT, true, true);
            center.send(unmailable, NotificationEvent.COMMENT, List.of(Argument.text("1"), Argument.text("Title"), Argument.text("Ana")), "requests/1");
        }));

        assertThat(jdbc.queryForObject("select count(*) from notification_preferences where account_id = ?",
                Integer.class, accountId)).isEqualTo(1);
        assertThat(as(person, () -> center.unreadCount())).isEqualTo(1);
    }

    @Test
    void someone_who_chose_e_mail_only_is_told_by_e_mail_and_the_bell_stays_empty() {
        String person = fixtures.newMember("Aurora Commerce", Role.CLIENT);
        var recipient = new Recipient(fixtures.accountId(person), person, "en");
        SignedIn.run(users, person, () -> center.choose(NotificationEvent.MENTION, false, true));

        SignedIn.run(users, "lead@ponte.test", () -> center.send(recipient, NotificationEvent.MENTION,
                List.of(Argument.text("5"), Argument.text("Order export"), Argument.text("Lucas Lead")), "requests/5"));

        assertThat(as(person, () -> center.unreadCount())).isZero();
        assertThat(jdbc.queryForList("select subject from mail_outbox where recipient = ?", String.class, person))
                .containsExactly("Ponte: Lucas Lead mentioned you on request #5 “Order export”.");
    }
}
