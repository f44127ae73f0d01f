package app.ponte.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

    @Test
    void waits_double_after_each_failure_up_to_an_hour() {
        RetryPolicy policy = RetryPolicy.DEFAULT;

        assertThat(policy.nextAttempt(1, NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        assertThat(policy.nextAttempt(2, NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(2)));
        assertThat(policy.nextAttempt(4, NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(8)));
        assertThat(policy.nextAttempt(7, NOW)).isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThat(policy.nextAttempt(40, NOW)).isEqualTo(NOW.plus(Duration.ofHours(1)));
    }

    @Test
    void a_message_stays_pending_after_a_failure_and_is_given_up_after_the_last_attempt() {
        var policy = new RetryPolicy(Duration.ofMinutes(1), Duration.ofHours(1), 3);
        var message = new OutboxMessage("a@example.test", "en", "Subject", "Body", NOW);

        message.failed("Connection refused", NOW, policy);
        assertThat(message.toEntry().status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(message.toEntry().nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        assertThat(message.toEntry().lastError()).isEqualTo("Connection refused");

        message.failed("Connection refused", NOW, policy);
        message.failed("Connection refused", NOW, policy);
        assertThat(message.toEntry().status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(message.toEntry().attempts()).isEqualTo(3);
    }

    @Test
    void a_sent_message_records_when() {
        var message = new OutboxMessage("a@example.test", "en", "Subject", "Body", NOW);

        message.sent(NOW.plusSeconds(5));

        assertThat(message.toEntry().status()).isEqualTo(OutboxStatus.SENT);
        assertThat(message.toEntry().sentAt()).isEqualTo(NOW.plusSeconds(5));
    }
}
