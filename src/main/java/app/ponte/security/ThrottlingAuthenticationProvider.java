package app.ponte.security;

import java.time.Duration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Claims a try from {@link LoginThrottle} before letting the password check run, and tells it when the
 * password was right. The right password of an account that cannot enter (deactivated, no active
 * membership) counts as a failure like a wrong one, so the throttle answers both alike.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    static final String UNKNOWN_ADDRESS = "unknown";

    private final AuthenticationProvider delegate;
    private final LoginThrottle throttle;

    ThrottlingAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName() == null ? "" : authentication.getName();
        // The address Tomcat reports: the client's own, or the one a trusted proxy forwarded (docs/operations.md).
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : UNKNOWN_ADDRESS;
        Duration wait = throttle.claimTry(username, address);
        if (!wait.isZero()) {
            throw new LoginThrottledException(wait);
        }
        // A wrong password (BadCredentialsException) or an account that cannot enter (AccountStatusException)
        // throws past this line: the claimed try stays counted as a failure.
        Authentication result = delegate.authenticate(authentication);
        throttle.claimSucceeded(username, address);
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
