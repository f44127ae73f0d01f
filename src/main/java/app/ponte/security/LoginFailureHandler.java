package app.ponte.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a failed sign-in back to the login view with a reason code the view translates. An unknown
 * account, a wrong password and the right password of an account that cannot enter (deactivated, no
 * active membership) share one code: the answer never tells whether an account exists, nor whether a
 * password guessed for a deactivated account was right. A sign-in refused before any check because its
 * CSRF token was missing or stale (a form on another site, or a login page left open past its session)
 * reads as an expired page.
 */
class LoginFailureHandler implements AuthenticationFailureHandler, AccessDeniedHandler {

    static final String CREDENTIALS = "credentials";
    static final String THROTTLED = "throttled";
    static final String EXPIRED = "expired";

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String reason = exception instanceof LoginThrottledException throttled
                ? THROTTLED + "&retry=" + Math.max(1, (throttled.retryAfter().toSeconds() + 59) / 60)
                : CREDENTIALS;
        backToLogin(request, response, reason);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException refused) throws IOException {
        backToLogin(request, response, EXPIRED);
    }

    private static void backToLogin(HttpServletRequest request, HttpServletResponse response, String reason)
            throws IOException {
        response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
    }
}
