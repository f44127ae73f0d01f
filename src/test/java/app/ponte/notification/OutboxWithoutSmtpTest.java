package app.ponte.notification;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.H2Test;
import app.ponte.security.SystemAuthentication;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** With no SMTP server listening, nothing is lost: the message waits with its error, to be retried. */
@H2Test
class OutboxWithoutSmtpTest {

    @Autowired
    MailOutbox outbox;
    @Autowired
    OutboxSender sender;

    @Test
    void a_message_that_cannot_be_delivered_stays_in_the_outbox_for_a_later_try() {
        String recipient = "waiting-" + UUID.randomUUID() + "@example.test";
        outbox.enqueue(recipient, "pt-BR", "mail.reset", "Rita", "http://localhost:8080", 1);

        // The job takes a batch of the oldest due messages; other tests' messages may come first.
        int delivered = 0;
        OutboxEntry entry = find(recipient);
        for (int run = 0; run < 20 && entry.attempts() == 0; run++) {
            delivered += sender.sendDue();
            entry = find(recipient);
        }

        assertThat(delivered).isZero();
        assertThat(entry.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(entry.attempts()).isEqualTo(1);
        assertThat(entry.lastError()).isNotBlank();
        assertThat(entry.nextAttemptAt()).isAfter(entry.createdAt());
        assertThat(entry.subject()).isEqualTo("Escolha uma nova senha do Ponte");
    }

    private OutboxEntry find(String recipient) {
        return SystemAuthentication.runAsAdmin(() -> outbox.list(PageRequest.of(0, 500)).stream()
                .filter(m -> m.recipient().equals(recipient)).findFirst().orElseThrow());
    }
}
