package app.ponte;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Browserless view tests on H2 with the demo data. {@link #signInAs} puts a real Ponte principal,
 * loaded like at sign-in, into the security context before navigating.
 */
@H2Test
public abstract class UiTest extends SpringBrowserlessTest {

    @Autowired
    protected UserDetailsService users;

    /**
     * Routes are discovered in Ponte's packages only, as the running app does, instead of in the whole
     * class path (browserless-test's default without {@code @ViewPackages}, which is not inherited): the
     * first UI test of a run no longer spends some 15 s scanning every jar.
     */
    @Override
    protected Set<String> scanPackages() {
        return Set.of("app.ponte");
    }

    protected void signInAs(String email) {
        SignedIn.as(users, email);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }
}
