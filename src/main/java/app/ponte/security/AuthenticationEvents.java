package app.ponte.security;

import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;

/**
 * Sign-ins and failed sign-ins become application events (the audit trail records them). Spring Boot's
 * own publisher drops a failure whose exception it has no event type for, such as a throttled attempt;
 * this one turns every failure into an event.
 */
@Configuration(proxyBeanMethods = false)
class AuthenticationEvents {

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        var events = new DefaultAuthenticationEventPublisher(publisher);
        // Throttled: refused for a while without looking at the password, the nearest thing to "locked".
        events.setAdditionalExceptionMappings(Map.of(LoginThrottledException.class,
                AuthenticationFailureLockedEvent.class));
        events.setDefaultAuthenticationFailureEvent(AuthenticationFailureBadCredentialsEvent.class);
        return events;
    }
}
