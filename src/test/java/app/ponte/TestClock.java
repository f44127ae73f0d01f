package app.ponte;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The application's clock in Spring tests: real time, moved forward by hand when a test needs days to pass
 * (a promise kept late, a window that closed). It keeps running, so "newest first" still means something,
 * and every test starts from real time again ({@link Reset}). Production code has one clock and no
 * "as of" variants; tests move this one instead.
 */
public final class TestClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    /** Moves the application's time forward (or back, with a negative duration). */
    public void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    /** Back to real time. */
    public void reset() {
        offset = Duration.ZERO;
    }

    /** Today as the application sees it, in UTC (the calendar of plans and promises). */
    public LocalDate today() {
        return LocalDate.ofInstant(instant(), ZoneOffset.UTC);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        Clock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        return Clock.systemUTC().instant().plus(offset);
    }

    /** The one clock bean of every Spring test configuration (H2, MariaDB, Chromium). */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }

    /** Puts the clock back to real time after each test, so no test leaves time moved for the next. */
    public static class Reset implements AfterEachCallback {

        @Override
        public void afterEach(ExtensionContext context) {
            SpringExtension.getApplicationContext(context).getBean(TestClock.class).reset();
        }
    }
}
