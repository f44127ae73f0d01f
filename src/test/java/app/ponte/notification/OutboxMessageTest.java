package app.ponte.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A link in an e-mail opens an account: the outbox keeps it only as long as it must, and never shows it. */
class OutboxMessageTest {

    private static final String TOKEN = "Zx81-secret_token";
    private static final String BODY = "Hello Ana,\n\nOpen this link to choose a new one:\n"
            + "http://localhost:8080/reset-password/" + TOKEN + "\n\nIf it was not you, ignore this e-mail.";
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void once_sent_the_stored_message_keeps_no_link() {
        var message = new OutboxMessage("ana@example.test", "en", "Choose a new Ponte password", BODY, NOW);

        message.sent(NOW);

        assertThat(message.getBody()).doesNotContain(TOKEN).doesNotContainPattern("https?://")
                .contains("Open this link to choose a new one:", "If it was not you");
    }

    @Test
    void once_given_up_the_stored_message_keeps_no_link() {
        var message = new OutboxMessage("ana@example.test", "en", "Choose a new Ponte password", BODY, NOW);

        for (int attempt = 0; attempt < RetryPolicy.DEFAULT.maxAttempts(); attempt++) {
            message.failed("Connection refused", NOW, RetryPolicy.DEFAULT);
        }

        assertThat(message.toEntry().status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(message.getBody()).doesNotContain(TOKEN).doesNotContainPattern("https?://");
    }

    @Test
    void a_waiting_message_keeps_its_link_for_sending_but_shows_it_masked() {
        var message = new OutboxMessage("ana@example.test", "en", "Choose a new Ponte password", BODY, NOW);

        assertThat(message.getBody()).contains(TOKEN);
        assertThat(message.toEntry().body()).doesNotContain(TOKEN).doesNotContainPattern("https?://")
                .contains("Open this link to choose a new one:");
    }
}
