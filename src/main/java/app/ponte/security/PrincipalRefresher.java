package app.ponte.security;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Replaces the signed-in principal, for example after switching the active organisation (which
 * changes the role) or after editing one's profile. The new context is saved in the HTTP session
 * so that the next request sees it too, and registered again with the session registry, so that
 * {@link SessionTerminator} knows which organisation each session works in.
 */
@Component
public class PrincipalRefresher {

    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();
    private final SessionRegistry sessions;

    PrincipalRefresher(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    public void replace(PonteUser user) {
        user.eraseCredentials();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        // The holder strategy is looked up on every call, never cached: tests and Vaadin may swap it.
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        VaadinServletResponse response = VaadinServletResponse.getCurrent();
        if (request != null && response != null) {
            repository.saveContext(context, request.getHttpServletRequest(), response.getHttpServletResponse());
            HttpSession session = request.getHttpServletRequest().getSession(false);
            if (session != null) {
                registerAgain(session.getId(), user);
            }
        }
    }

    /** The registry keeps the principal a session signed in with; it now works as {@code user}. */
    void registerAgain(String sessionId, PonteUser user) {
        SessionInformation before = sessions.getSessionInformation(sessionId);
        if (before == null || before.isExpired()) {
            return;
        }
        sessions.removeSessionInformation(sessionId);
        sessions.registerNewSession(sessionId, user);
        if (before.isExpired()) { // ended while it was registered again
            sessions.getSessionInformation(sessionId).expireNow();
        }
    }
}
