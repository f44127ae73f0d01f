package app.ponte.security;

import jakarta.servlet.http.HttpSession;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends the sessions of accounts at once, e.g. when an account or an organisation is deactivated. The
 * session registry knows every signed-in session of this node; an ended session's next request is
 * sent to the login page. (Several nodes: see docs/operations.md.)
 */
@Component
public class SessionTerminator {

    private final SessionRegistry sessions;

    SessionTerminator(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    /** @return how many sessions were ended */
    public int endSessionsOf(Set<Long> accountIds) {
        return end(user -> accountIds.contains(user.accountId()), session -> true);
    }

    /**
     * Ends only the account's sessions working in the organisation now, e.g. when its membership there
     * changes: its sessions in its other organisations go on. The registry knows each session's active
     * organisation because {@link PrincipalRefresher} registers a session again when it switches.
     *
     * @return how many sessions were ended
     */
    public int endSessionsWorkingIn(long accountId, long organisationId) {
        return end(user -> user.accountId() == accountId,
                session -> session.getPrincipal() instanceof PonteUser working && working.active()
                        .map(grant -> grant.organisationId() == organisationId).orElse(true));
    }

    /**
     * Ends every session of the account except the one of the current request, e.g. after the person
     * changed their own password: whoever else was signed in as them is out, they stay in.
     *
     * @return how many sessions were ended
     */
    public int endOtherSessionsOf(long accountId) {
        String current = currentSessionId();
        return end(user -> user.accountId() == accountId,
                session -> !Objects.equals(session.getSessionId(), current));
    }

    private int end(Predicate<PonteUser> whose, Predicate<SessionInformation> which) {
        int ended = 0;
        for (Object principal : sessions.getAllPrincipals()) {
            if (principal instanceof PonteUser user && whose.test(user)) {
                for (SessionInformation session : sessions.getAllSessions(principal, false)) {
                    if (which.test(session)) {
                        session.expireNow();
                        ended++;
                    }
                }
            }
        }
        return ended;
    }

    private static @Nullable String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            return session == null ? null : session.getId();
        }
        return null;
    }
}
