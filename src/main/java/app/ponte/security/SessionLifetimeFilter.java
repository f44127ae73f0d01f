package app.ponte.security;

import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.shared.ApplicationConstants;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session that was left idle too long or has lived too long. It runs before Spring
 * Security reads the session, so the request goes on as a stranger's: a page goes to the login view, a
 * Vaadin request learns that its session expired. Idle means no request other than Vaadin's heartbeats,
 * which an open tab sends every few minutes and which would otherwise keep the session alive for ever.
 * The absolute lifetime counts from the first signed-in request, however busy the session is.
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = "ponte.session.signed-in-at";
    static final String LAST_USED_AT = "ponte.session.last-used-at";
    private static final String HEARTBEAT = ApplicationConstants.REQUEST_TYPE_PARAMETER + "="
            + HandlerHelper.RequestType.HEARTBEAT.getIdentifier();
    private static final Logger LOG = LoggerFactory.getLogger(SessionLifetimeFilter.class);

    private final Duration idleTimeout;
    private final Duration absoluteLifetime;
    private final Clock clock;

    SessionLifetimeFilter(Duration idleTimeout, Duration absoluteLifetime, Clock clock) {
        this.idleTimeout = idleTimeout;
        this.absoluteLifetime = absoluteLifetime;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                check(session, heartbeat(request));
            } catch (IllegalStateException alreadyInvalidated) {
                // A parallel request ended the session first: nothing left to check.
            }
        }
        chain.doFilter(request, response);
    }

    private void check(HttpSession session, boolean heartbeat) {
        if (!signedIn(session)) {
            return;
        }
        Instant now = clock.instant();
        Instant signedInAt = (Instant) session.getAttribute(SIGNED_IN_AT);
        Instant lastUsedAt = (Instant) session.getAttribute(LAST_USED_AT);
        if (signedInAt == null) {
            session.setAttribute(SIGNED_IN_AT, now);
        } else if (!now.isBefore(signedInAt.plus(absoluteLifetime))
                || lastUsedAt != null && !now.isBefore(lastUsedAt.plus(idleTimeout))) {
            LOG.debug("Ending session signed in at {} and last used at {}", signedInAt, lastUsedAt);
            session.invalidate();
            return;
        }
        if (!heartbeat || lastUsedAt == null) {
            session.setAttribute(LAST_USED_AT, now);
        }
    }

    private static boolean signedIn(HttpSession session) {
        return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                instanceof SecurityContext context
                && context.getAuthentication() != null && context.getAuthentication().isAuthenticated();
    }

    /** Read from the query string only: reading parameters could consume an upload's body. */
    private static boolean heartbeat(HttpServletRequest request) {
        String query = request.getQueryString();
        return query != null && Arrays.asList(query.split("&")).contains(HEARTBEAT);
    }
}
