package app.ponte;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Runs test code as a real Ponte user, loaded as at sign-in. */
public final class SignedIn {

    private SignedIn() {
    }

    public static void as(UserDetailsService users, String email) {
        var user = users.loadUserByUsername(email);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    public static <T> T as(UserDetailsService users, String email, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        as(users, email);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(UserDetailsService users, String email, Runnable work) {
        as(users, email, () -> {
            work.run();
            return null;
        });
    }
}
