package app.ponte.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Checks that somebody knows an account's password without signing them in (to accept an invitation
 * with an existing account): through the same provider as sign-in, so the same throttle counts every try.
 */
@Component
public class PasswordProof {

    private final AuthenticationProvider signIn;

    PasswordProof(AuthenticationProvider signIn) {
        this.signIn = signIn;
    }

    /**
     * Whether the password is the account's. An account that may not enter now (no usable membership, or
     * deactivated) still proves its password: its state is checked only after the password (SecurityConfig),
     * and what it may do is the caller's decision.
     *
     * @throws LoginThrottledException after too many failed tries, as at sign-in
     */
    public boolean proves(String email, String password) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            attempt.setDetails(new WebAuthenticationDetails(request));
        }
        try {
            signIn.authenticate(attempt);
            return true;
        } catch (AccountStatusException e) {
            return true;
        } catch (BadCredentialsException e) {
            return false;
        }
    }
}
