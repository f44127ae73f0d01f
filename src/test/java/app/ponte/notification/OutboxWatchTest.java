package app.ponte.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ponte.H2Test;
import app.ponte.SignedIn;
import app.ponte.security.SystemAuthentication;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

@H2Test
class OutboxWatchTest {

    @Autowired
    MailOutbox mailOutbox;
    @Autowired
    OutboxRepository repository;
    @Autowired
    Clock clock;
    @Autowired
    UserDetailsService users;

    @Test
    void a_failing_a_given_up_and_a_sent_message_each_count_under_their_status() {
        OutboxWatch before = SystemAuthentication.runAsAdmin(() -> mailOutbox.watch(5));
        String unique = UUID.randomUUID().toString();

        OutboxMessage retrying = message("retrying-" + unique);
        retrying.failed("Connection refused while sending https://ponte.example/invitation/secret-token",
                clock.instant(), RetryPolicy.DEFAULT);
        repository.saveAndFlush(retrying);
        OutboxMessage givenUp = message("given-up-" + unique);
        for (int i = 0; i < RetryPolicy.DEFAULT.maxAttempts(); i++) {
            givenUp.failed("Mailbox unavailable " + "x".repeat(400), clock.instant(), RetryPolicy.DEFAULT);
        }
        repository.saveAndFlush(givenUp);
        OutboxMessage sent = message("sent-" + unique);
        sent.sent(clock.instant());
        repository.saveAndFlush(sent);
        repository.saveAndFlush(message("waiting-" + unique)); // never tried: not a failure

        OutboxWatch after = SystemAuthentication.runAsAdmin(() -> mailOutbox.watch(50));
        assertThat(after.retrying()).isEqualTo(before.retrying() + 1);
        assertThat(after.givenUp()).isEqualTo(before.givenUp() + 1);
        assertThat(after.sentLastDay()).isEqualTo(before.sentLastDay() + 1);
        assertThat(after.latestFailures()).extracting(OutboxFailure::recipient)
                .contains("retrying-" + unique + "@example.test", "given-up-" + unique + "@example.test")
                .doesNotContain("sent-" + unique + "@example.test", "waiting-" + unique + "@example.test");
        OutboxFailure failing = after.latestFailures().stream()
                .filter(f -> f.recipient().startsWith("retrying-" + unique)).findFirst().orElseThrow();
        assertThat(failing.error()).contains("Connection refused", MailLinks.HIDDEN).doesNotContain("secret-token");
        OutboxFailure abandoned = after.latestFailures().stream()
                .filter(f -> f.recipient().startsWith("given-up-" + unique)).findFirst().orElseThrow();
        assertThat(abandoned.status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(abandoned.error()).hasSize(MailOutbox.ERROR_SHOWN).endsWith("…");
    }

    @Test
    void the_counts_equal_the_messages_the_outbox_view_lists_in_each_state() {
        OutboxMessage retrying = message("counted-" + UUID.randomUUID());
        retrying.failed("Timeout", clock.instant(), RetryPolicy.DEFAULT);
        repository.saveAndFlush(retrying);

        SystemAuthentication.runAsAdmin(() -> {
            OutboxWatch watch = mailOutbox.watch(5);
            List<OutboxEntry> listed = everyEntry();
            Instant dayAgo = clock.instant().minus(Duration.ofDays(1));
            assertThat(watch.retrying()).isEqualTo(listed.stream()
                    .filter(e -> e.status() == OutboxStatus.PENDING && e.attempts() > 0).count());
            assertThat(watch.givenUp()).isEqualTo(listed.stream()
                    .filter(e -> e.status() == OutboxStatus.FAILED).count());
            assertThat(watch.sentLastDay()).isEqualTo(listed.stream()
                    .filter(e -> e.status() == OutboxStatus.SENT && !e.sentAt().isBefore(dayAgo)).count());
            return null;
        });
    }

    @Test
    void only_administrators_may_watch_the_outbox() {
        for (String email : List.of("lead@ponte.test", "ana@aurora.test")) {
            SignedIn.run(users, email, () -> assertThatThrownBy(() -> mailOutbox.watch(5))
                    .isInstanceOf(AccessDeniedException.class));
        }
    }

    private OutboxMessage message(String who) {
        return new OutboxMessage(who + "@example.test", "en", "Subject of " + who, "Body", clock.instant());
    }

    private List<OutboxEntry> everyEntry() {
        List<OutboxEntry> all = new ArrayList<>();
        Pageable page = PageRequest.of(0, 500);
        Slice<OutboxEntry> slice;
        do {
            slice = mailOutbox.list(page);
            all.addAll(slice.getContent());
            page = page.next();
        } while (slice.hasNext());
        return all;
    }
}
