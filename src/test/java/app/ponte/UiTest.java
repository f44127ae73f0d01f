package app.ponte;

import com.vaadin.browserless.SpringBrowserlessTest;
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

    protected void signInAs(String email) {
        SignedIn.as(users, email);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }
}
