package app.ponte.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a failed sign-in back to the login view with a reason code the view translates. Unknown
 * account and wrong password share one code; "disabled" is only reachable with the right password.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

    static final String CREDENTIALS = "credentials";
    static final String DISABLED = "disabled";
    static final String THROTTLED = "throttled";

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String target = switch (exception) {
            case LoginThrottledException throttled ->
                THROTTLED + "&retry=" + Math.max(1, (throttled.retryAfter().toSeconds() + 59) / 60);
            case DisabledException disabled -> DISABLED;
            default -> CREDENTIALS;
        };
        response.sendRedirect(request.getContextPath() + "/login?error=" + target);
    }
}
