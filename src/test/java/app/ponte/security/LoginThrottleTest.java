package app.ponte.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final String ADDRESS = "203.0.113.7";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(
            new LoginThrottleProperties(5, Duration.ofMinutes(5), 20, 30, Duration.ofMinutes(10), 100,
                    Duration.ofHours(1)),
            clock);

    @Test
    void the_first_five_failures_of_an_account_cost_no_waiting() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("leo@aurora.test", ADDRESS);
            assertThat(throttle.waitBeforeNextTry("leo@aurora.test", ADDRESS)).isZero();
        }
    }

    @Test
    void after_five_quick_failures_the_account_must_wait_about_a_minute_per_try() {
        fail("leo@aurora.test", 5);

        Duration wait = throttle.waitBeforeNextTry("leo@aurora.test", ADDRESS);
        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1));

        clock.advance(wait);
        assertThat(throttle.waitBeforeNextTry("leo@aurora.test", ADDRESS)).isZero();
    }

    @Test
    void twenty_failures_within_the_hour_block_the_account_for_up_to_an_hour_then_it_recovers() {
        for (int i = 0; i < 20; i++) {
            clock.advance(throttle.waitBeforeNextTry("leo@aurora.test", ADDRESS));
            throttle.recordFailure("leo@aurora.test", ADDRESS);
        }

        Duration wait = throttle.waitBeforeNextTry("leo@aurora.test", ADDRESS);
        assertThat(wait).isGreaterThan(Duration.ofMinutes(5)).isLessThanOrEqualTo(Duration.ofHours(1));

        clock.advance(wait);
        assertThat(throttle.waitBeforeNextTry("leo@aurora.test", ADDRESS)).isZero();
    }

    @Test
    void account_names_are_compared_ignoring_case_and_spaces() {
        fail("Leo@Aurora.test ", 5);

        assertThat(throttle.waitBeforeNextTry("leo@aurora.test", "198.51.100.1")).isPositive();
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
        fail("leo@aurora.test", 5);

        throttle.recordSuccess("leo@aurora.test");

        assertThat(throttle.waitBeforeNextTry("leo@aurora.test", "198.51.100.1")).isZero();
    }

    @Test
    void unknown_accounts_are_throttled_like_known_ones() {
        fail("nobody@nowhere.test", 5);

        assertThat(throttle.waitBeforeNextTry("nobody@nowhere.test", "198.51.100.1")).isPositive();
    }

    private void fail(String username, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(username, ADDRESS);
        }
    }
}
