package app.ponte.security;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How long a signed-in session lasts: at most {@code server.servlet.session.timeout} without use
 * (heartbeats do not count) and at most {@code ponte.security.session.absolute-lifetime} in all.
 */
@Configuration(proxyBeanMethods = false)
class SessionLifetimeConfig {

    /** Just before Spring Security's filters, which then see an ended session as no session. */
    static final int ORDER = SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1;

    @Bean
    FilterRegistrationBean<SessionLifetimeFilter> sessionLifetimeFilter(
            @Value("${server.servlet.session.timeout:30m}") Duration idleTimeout,
            @Value("${ponte.security.session.absolute-lifetime:12h}") Duration absoluteLifetime, Clock clock) {
        var registration = new FilterRegistrationBean<>(new SessionLifetimeFilter(idleTimeout, absoluteLifetime, clock));
        registration.setOrder(ORDER);
        return registration;
    }
}
