package app.ponte.notification;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.H2Test;
import app.ponte.organisation.DemoFixtures;
import app.ponte.organisation.PasswordResets;
import app.ponte.security.Role;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A reset link reaches its person by e-mail; the copy the outbox keeps afterwards opens nothing. */
@H2Test
class SentMailKeepsNoLinkTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    PasswordResets resets;
    @Autowired
    OutboxSender sender;
    @Autowired
    DemoFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void after_sending_a_reset_link_the_outbox_keeps_the_message_without_the_link() {
        String email = fixtures.newMember("Aurora Commerce", Role.CLIENT);
        resets.requestReset(email, "198.51.100.90");

        // Other tests' messages may be older and go first; the job takes a batch per run.
        while (sender.sendDue() > 0) {
            // until everything due went out
        }

        String received = Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> GreenMailUtil.getAddressList(recipients(m)).contains(email))
                .map(GreenMailUtil::getBody).findFirst().orElseThrow();
        assertThat(received.replace("=\r\n", "")).contains("/reset-password/");
        String stored = jdbc.queryForObject("select body from mail_outbox where recipient = ? and status = 'SENT'",
                String.class, email);
        assertThat(stored).doesNotContain("/reset-password/").doesNotContainPattern("https?://")
                .contains("Open this link to choose a new one");
    }

    private static jakarta.mail.Address[] recipients(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getAllRecipients();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
