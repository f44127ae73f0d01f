package app.ponte.security;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up work (demo data, later scheduled jobs) through the same secured services people use,
 * as an administrator named "system", instead of opening an unchecked back door into them.
 */
public final class SystemAuthentication {

    /** Not an account: id 0 matches no row, and it cannot sign in (no password, disabled). */
    private static final MembershipGrant SYSTEM_GRANT = new MembershipGrant(0, 0, "system", Role.ADMIN);
    private static final PonteUser SYSTEM = new PonteUser(0, "system", "", false, "Ponte", "en", "UTC",
            List.of(SYSTEM_GRANT), SYSTEM_GRANT);

    private SystemAuthentication() {
    }

    public static <T> T runAsAdmin(Supplier<T> work) {
        return runAs(SYSTEM, work);
    }

    /** Runs work as a real person, e.g. demo requests filed by the demo accounts themselves. */
    public static <T> T runAs(PonteUser user, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
