package app.ponte.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import app.ponte.H2Test;
import app.ponte.SignedIn;
import app.ponte.security.OverHttp;
import app.ponte.security.Role;
import app.ponte.security.SecureTokens;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Changing one's own password shuts out whoever else holds the account: their sessions end, open reset links
 * die, and guessing the current password is as slow as guessing it at the login form.
 */
@H2Test
class OwnPasswordChangeTest {

    static final String NEW_PASSWORD = "harbour-violet-tangerine";

    @Autowired
    WebApplicationContext context;
    @Autowired
    DemoFixtures fixtures;
    @Autowired
    Accounts accountService;
    @Autowired
    PasswordResets passwordResets;
    @Autowired
    PasswordResetTokenRepository resetLinks;
    @Autowired
    AccountRepository accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    Clock clock;

    String email;

    @BeforeEach
    void freshAccount() {
        email = fixtures.newMember("Aurora Commerce", Role.CLIENT);
    }

    @AfterEach
    void forgetRequest() {
        RequestContextHolder.resetRequestAttributes();
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_password_change_ends_the_accounts_other_sessions_but_not_the_one_that_made_it() throws Exception {
        MockMvc mvc = OverHttp.mvc(context);
        MockHttpSession mine = OverHttp.signIn(mvc, email, DemoFixtures.PASSWORD, "198.51.100.80");
        MockHttpSession attackers = OverHttp.signIn(mvc, email, DemoFixtures.PASSWORD, "203.0.113.80");

        changePasswordIn(mine, DemoFixtures.PASSWORD, NEW_PASSWORD, "198.51.100.80");

        mvc.perform(get("/profile").session(attackers)).andExpect(unauthenticated()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/profile").session(mine)).andExpect(authenticated());
    }

    @Test
    void a_password_change_voids_the_accounts_open_reset_links() {
        String token = SecureTokens.newToken();
        var now = clock.instant();
        resetLinks.save(new PasswordResetToken(SecureTokens.hash(token), accounts.findByEmail(email).orElseThrow(),
                now, now.plus(Duration.ofHours(1))));
        passwordResets.check(token);

        SignedIn.run(users, email, () -> accountService.changeMyPassword(DemoFixtures.PASSWORD, NEW_PASSWORD,
                "198.51.100.81"));

        assertThatThrownBy(() -> passwordResets.check(token)).isInstanceOfSatisfying(InvalidLinkException.class,
                e -> assertThat(e.problem()).isEqualTo(LinkProblem.USED));
        assertThatThrownBy(() -> passwordResets.reset(token, "someone-elses-choice-2026"))
                .isInstanceOf(InvalidLinkException.class);
        assertThat(passwordEncoder.matches(NEW_PASSWORD, accounts.findByEmail(email).orElseThrow().getPasswordHash()))
                .isTrue();
    }

    @Test
    void after_five_wrong_current_passwords_even_the_right_one_must_wait() {
        SignedIn.as(users, email);
        for (int i = 0; i < 5; i++) {
            String guess = "guess-number-" + i;
            assertThatThrownBy(() -> accountService.changeMyPassword(guess, NEW_PASSWORD, "203.0.113.82"))
                    .isInstanceOfSatisfying(PasswordChangeException.class, e -> assertThat(e.messageKeys())
                            .containsExactly(PasswordChangeException.WRONG_CURRENT_PASSWORD));
        }

        assertThatThrownBy(() -> accountService.changeMyPassword(DemoFixtures.PASSWORD, NEW_PASSWORD, "198.51.100.82"))
                .isInstanceOfSatisfying(PasswordChangeException.class, e -> assertThat(e.messageKeys())
                        .containsExactly(PasswordChangeException.TOO_MANY_WRONG_PASSWORDS));
        assertThat(passwordEncoder.matches(DemoFixtures.PASSWORD,
                accounts.findByEmail(email).orElseThrow().getPasswordHash())).isTrue();
    }

    /** As the profile view does it: in the request of a signed-in session. */
    private void changePasswordIn(MockHttpSession session, String current, String next, String address) {
        var request = new MockHttpServletRequest();
        request.setSession(session);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        SignedIn.run(users, email, () -> accountService.changeMyPassword(current, next, address));
    }
}
