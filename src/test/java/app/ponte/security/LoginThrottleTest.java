package app.ponte.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;

/** The throttle with the limits Ponte ships with (the defaults of {@link LoginThrottleProperties}). */
class LoginThrottleTest {

    private static final String ADDRESS = "203.0.113.7";
    private static final String LEO = "leo@aurora.test";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(
            new Binder().bindOrCreate("ponte.login-throttle", LoginThrottleProperties.class), clock);

    @Test
    void the_first_four_failures_of_an_account_cost_no_waiting() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(LEO, ADDRESS);
            assertThat(throttle.waitBeforeNextTry(LEO, ADDRESS)).isZero();
        }
    }

    @Test
    void from_the_fifth_failure_on_each_failure_doubles_the_wait() {
        fail(LEO, 4);

        for (long seconds : new long[] {1, 2, 4, 8, 16, 32, 64}) {
            throttle.recordFailure(LEO, "198.51.100." + seconds);
            assertThat(throttle.waitBeforeNextTry(LEO, "198.51.100.200")).isEqualTo(Duration.ofSeconds(seconds));
            clock.advance(Duration.ofSeconds(seconds));
            assertThat(throttle.waitBeforeNextTry(LEO, "198.51.100.200")).isZero();
        }
    }

    @Test
    void however_many_failures_the_wait_stops_growing_at_fifteen_minutes_and_the_account_is_never_locked() {
        for (int i = 0; i < 500; i++) {
            clock.advance(throttle.waitBeforeNextTry(LEO, "198.51.100.1"));
            throttle.recordFailure(LEO, "198.51.100.1");
        }

        assertThat(throttle.waitBeforeNextTry(LEO, "198.51.100.1")).isEqualTo(Duration.ofMinutes(15));
        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.waitBeforeNextTry(LEO, "198.51.100.1")).isZero();
    }

    @Test
    void the_wait_counts_from_the_last_failure() {
        fail(LEO, 6);
        clock.advance(Duration.ofSeconds(1));

        assertThat(throttle.waitBeforeNextTry(LEO, "198.51.100.1")).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void a_day_without_failures_forgets_the_account_record() {
        fail(LEO, 12);
        clock.advance(Duration.ofDays(1).plusSeconds(1));

        throttle.recordFailure(LEO, "198.51.100.1");

        assertThat(throttle.waitBeforeNextTry(LEO, "198.51.100.2")).isZero();
    }

    @Test
    void account_names_are_compared_ignoring_case_and_spaces() {
        fail("Leo@Aurora.test ", 5);

        assertThat(throttle.waitBeforeNextTry(LEO, "198.51.100.1")).isPositive();
    }

    @Test
    void an_address_that_tries_many_accounts_is_slowed_down_on_all_of_them() {
        for (int i = 0; i < 30; i++) {
            throttle.recordFailure("guess" + i + "@aurora.test", ADDRESS);
        }

        assertThat(throttle.waitBeforeNextTry("someone-new@aurora.test", ADDRESS)).isPositive();
        assertThat(throttle.waitBeforeNextTry("someone-new@aurora.test", "198.51.100.1")).isZero();
    }

    @Test
    void a_successful_sign_in_clears_the_account_record() {
        fail(LEO, 5);

        throttle.recordSuccess(LEO);

        assertThat(throttle.waitBeforeNextTry(LEO, "198.51.100.1")).isZero();
    }

    @Test
    void unknown_accounts_are_throttled_like_known_ones() {
        fail("nobody@nowhere.test", 5);

        assertThat(throttle.waitBeforeNextTry("nobody@nowhere.test", "198.51.100.1")).isPositive();
    }

    @Test
    void tries_claimed_at_the_same_moment_each_count_before_their_password_is_checked() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.claimTry(LEO, "198.51.100." + i)).isZero();
        }

        assertThat(throttle.claimTry(LEO, "198.51.100.9")).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void a_claimed_try_that_succeeds_clears_the_account_and_costs_its_address_nothing() {
        for (int i = 0; i < 40; i++) {
            String account = "person" + i + "@aurora.test";
            assertThat(throttle.claimTry(account, ADDRESS)).isZero();
            throttle.claimSucceeded(account, ADDRESS);
        }

        assertThat(throttle.waitBeforeNextTry("person0@aurora.test", ADDRESS)).isZero();
    }

    @Test
    void a_mailbox_gets_at_most_three_reset_requests_an_hour() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.tryResetRequest(LEO, "198.51.100." + i)).isTrue();
        }

        assertThat(throttle.tryResetRequest(LEO, "198.51.100.9")).isFalse();
        clock.advance(Duration.ofMinutes(20));
        assertThat(throttle.tryResetRequest(LEO, "198.51.100.9")).isTrue();
    }

    @Test
    void reset_requests_and_sign_in_failures_do_not_share_a_budget() {
        for (int i = 0; i < 20; i++) {
            assertThat(throttle.tryResetRequest("reset" + i + "@aurora.test", ADDRESS)).isTrue();
        }
        assertThat(throttle.tryResetRequest("one-more@aurora.test", ADDRESS)).isFalse();
        assertThat(throttle.waitBeforeNextTry(LEO, ADDRESS)).isZero();

        fail(LEO, 30);
        assertThat(throttle.waitBeforeNextTry("someone-new@aurora.test", ADDRESS)).isPositive();
        assertThat(throttle.tryResetRequest(LEO, "198.51.100.1")).isTrue();
    }

    private void fail(String username, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(username, ADDRESS);
        }
    }
}
