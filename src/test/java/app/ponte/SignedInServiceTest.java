package app.ponte;

import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What service tests share: calling the services as a given demo person, and signing out afterwards.
 * Each subclass still carries {@link H2Test} itself, so that all of them share one application context.
 */
public abstract class SignedInServiceTest {

    @Autowired
    protected UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** The work's result, computed as the person with this e-mail. */
    protected <T> T as(String email, Supplier<T> work) {
        return SignedIn.as(users, email, work);
    }
}
