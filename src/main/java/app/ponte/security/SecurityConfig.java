package app.ponte.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import app.ponte.security.ui.LoginView;
import com.vaadin.flow.spring.security.RequestUtil;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.core.env.Environment;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Form login through Ponte's login view, throttled; every view and every service method checked
 * (the views by Vaadin's navigation access control, the services by method security).
 */
@Configuration
@EnableWebSecurity
// Services use @PreAuthorize. JSR-250 stays off on purpose: views carry @RolesAllowed for Vaadin's
// navigation access control, and Spring would otherwise wrap those components in proxies.
@EnableMethodSecurity
@EnableConfigurationProperties(LoginThrottleProperties.class)
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry,
            RequestUtil vaadinRequests) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
                .permitAll()
                .requestMatchers("/actuator/**").denyAll()
                .requestMatchers("/styles.css").permitAll()
                // Calendar apps fetch a person's feed without signing in: its secret token is the key.
                .requestMatchers(HttpMethod.GET, "/calendar/*.ics").permitAll());
        var loginFailures = new LoginFailureHandler();
        // The login page is named here too, so Spring Security does not add its own generated one.
        http.formLogin(form -> form.loginPage("/login").failureHandler(loginFailures));
        // Login CSRF: Vaadin's own CSRF set-up exempts the login POST, so a form on another site could sign a
        // visitor into the attacker's account. Only Vaadin's internal requests (which carry Vaadin's own
        // token) are exempt here; the login form sends the token Vaadin puts into the page's meta tags. A
        // refused login POST goes back to the login page, which reads as expired.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        var loginPost = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");
        var refusals = new RequestMatcherDelegatingAccessDeniedHandler(
                new LinkedHashMap<>(Map.of(loginPost, loginFailures)), new AccessDeniedHandlerImpl());
        http.exceptionHandling(handling -> handling.accessDeniedHandler(refusals));
        http.headers(SecurityHeaders::configure);
        // A new session id at sign-in, so that an id planted before login is worthless afterwards.
        // Every session is registered, so that deactivating an account or organisation can end its
        // sessions at once (SessionTerminator); an ended session goes back to the login page.
        http.sessionManagement(session -> session
                .sessionFixation(fixation -> fixation.changeSessionId())
                .maximumSessions(-1)
                .sessionRegistry(sessionRegistry)
                .expiredUrl("/login"));
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false));
        return http.build();
    }

    /** Refused service calls become events, so the audit trail can record every refused attempt. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when HTTP sessions end, so it does not grow without bound. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /** Argon2id for new hashes; {bcrypt} ones still match and are upgraded at sign-in (PasswordHashing). */
    @Bean
    PasswordEncoder passwordEncoder(Environment environment) {
        return PasswordHashing.from(environment).encoder();
    }

    /**
     * The only authentication provider, so Spring Security uses it for form login (and logs a
     * warning that the UserDetailsService bean is not used on its own: that is intended).
     */
    @Bean
    AuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder encoder,
            UserDetailsPasswordService rehash, LoginThrottle throttle) {
        var passwordCheck = new DaoAuthenticationProvider(users);
        passwordCheck.setPasswordEncoder(encoder);
        // A hash of an older kind is stored again in the current one after a successful sign-in.
        passwordCheck.setUserDetailsPasswordService(rehash);
        // Account state is checked only after the password, so "disabled" never tells a stranger
        // that an account exists.
        passwordCheck.setPreAuthenticationChecks(user -> { });
        passwordCheck.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return new ThrottlingAuthenticationProvider(passwordCheck, throttle);
    }
}
