package app.ponte.security;

import java.util.Set;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

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
        int ended = 0;
        for (Object principal : sessions.getAllPrincipals()) {
            if (principal instanceof PonteUser user && accountIds.contains(user.accountId())) {
                for (SessionInformation session : sessions.getAllSessions(principal, false)) {
                    session.expireNow();
                    ended++;
                }
            }
        }
        return ended;
    }

    /**
     * Ends only the account's sessions working in the organisation now, e.g. when its membership there
     * changes: its sessions in its other organisations go on. The registry knows each session's active
     * organisation because {@link PrincipalRefresher} registers a session again when it switches.
     *
     * @return how many sessions were ended
     */
    public int endSessionsWorkingIn(long accountId, long organisationId) {
        int ended = 0;
        for (Object principal : sessions.getAllPrincipals()) {
            if (principal instanceof PonteUser user && user.accountId() == accountId) {
                for (SessionInformation session : sessions.getAllSessions(principal, false)) {
                    if (session.getPrincipal() instanceof PonteUser working && working.active()
                            .map(grant -> grant.organisationId() == organisationId).orElse(true)) {
                        session.expireNow();
                        ended++;
                    }
                }
            }
        }
        return ended;
    }
}
