package app.ponte.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import app.ponte.H2Test;
import app.ponte.SignedIn;
import app.ponte.organisation.DemoFixtures;
import app.ponte.organisation.Members;
import app.ponte.organisation.PasswordResets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Sign-in over HTTP, as the login form posts it. */
@H2Test
class SignInTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    DemoFixtures fixtures;
    @Autowired
    PasswordResets resets;
    @Autowired
    Members members;
    @Autowired
    UserDetailsService users;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void the_right_password_signs_in_and_gives_a_new_session_id() throws Exception {
        String email = fixtures.newMember("Aurora Commerce", Role.CLIENT);
        var session = new MockHttpSession();
        String before = session.getId();

        MvcResult result = mvc.perform(login(email, DemoFixtures.PASSWORD, "198.51.100.10").session(session))
                .andExpect(authenticated().withRoles(Roles.CLIENT))
                .andReturn();

        assertThat(result.getRequest().getSession(false).getId()).isNotEqualTo(before);
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
    }

    @Test
    void a_wrong_password_and_an_unknown_account_get_the_same_answer() throws Exception {
        String email = fixtures.newMember("Aurora Commerce", Role.CLIENT);

        mvc.perform(login(email, "not-the-password", "198.51.100.11"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error=credentials"));
        mvc.perform(login("nobody-" + email, "not-the-password", "198.51.100.11"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error=credentials"));
    }

    @Test
    void an_account_without_membership_answers_the_same_for_the_right_and_a_wrong_password() throws Exception {
        answersAlikeForRightAndWrongPassword(fixtures.newAccountWithoutMembership(), "198.51.100.12");
    }

    @Test
    void a_deactivated_account_answers_the_same_for_the_right_and_a_wrong_password() throws Exception {
        answersAlikeForRightAndWrongPassword(deactivatedMember(), "198.51.100.15");
    }

    @Test
    void the_right_password_of_a_deactivated_account_is_throttled_like_a_wrong_one() throws Exception {
        String email = deactivatedMember();
        for (int i = 0; i < 5; i++) {
            mvc.perform(login(email, DemoFixtures.PASSWORD, "198.51.100.16"))
                    .andExpect(redirectedUrl("/login?error=credentials"));
        }

        mvc.perform(login(email, DemoFixtures.PASSWORD, "198.51.100.16"))
                .andExpect(redirectedUrl("/login?error=throttled&retry=1"));
    }

    @Test
    void after_five_failures_even_the_right_password_has_to_wait() throws Exception {
        String email = fixtures.newMember("Meridian Bank", Role.CLIENT);
        for (int i = 0; i < 5; i++) {
            mvc.perform(login(email, "wrong-" + i, "198.51.100.13"))
                    .andExpect(redirectedUrl("/login?error=credentials"));
        }

        mvc.perform(login(email, DemoFixtures.PASSWORD, "198.51.100.14"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error=throttled&retry=1"));
    }

    @Test
    void reset_requests_from_an_address_do_not_slow_down_its_sign_ins() throws Exception {
        for (int i = 0; i < 40; i++) {
            resets.requestReset("nobody-" + i + "-" + UUID.randomUUID() + "@ponte.test", "198.51.100.17");
        }
        String email = fixtures.newMember("Meridian Bank", Role.CLIENT);

        mvc.perform(login(email, DemoFixtures.PASSWORD, "198.51.100.17"))
                .andExpect(authenticated());
    }

    @Test
    void a_login_post_without_a_valid_csrf_token_signs_nobody_in_even_with_the_right_password() throws Exception {
        String email = fixtures.newMember("Aurora Commerce", Role.CLIENT);

        for (var attempt : List.of(
                crossSite("/login", email).header("Origin", "https://attacker.example"),
                crossSite("/login", email).param("_csrf", "forged-token"),
                crossSite("/login", email).with(csrf().useInvalidToken()),
                // dressed as one of Vaadin's own requests, which carry Vaadin's token instead
                crossSite("/login?v-r=uidl&v-uiId=0", email))) {
            mvc.perform(attempt)
                    .andExpect(unauthenticated())
                    .andExpect(redirectedUrl("/login?error=expired"));
        }
    }

    @Test
    void views_ask_for_sign_in_first() throws Exception {
        mvc.perform(get("/organisations")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void health_probes_are_open_to_everyone() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
    }

    @Test
    void other_actuator_endpoints_are_closed_to_strangers() throws Exception {
        mvc.perform(get("/actuator/env")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/actuator/beans")).andExpect(status().is3xxRedirection());
    }

    @Test
    @WithUserDetails("admin@ponte.test")
    void other_actuator_endpoints_are_closed_even_to_admins() throws Exception {
        mvc.perform(get("/actuator/env")).andExpect(status().isForbidden());
    }

    private void answersAlikeForRightAndWrongPassword(String email, String address) throws Exception {
        for (String password : List.of("not-the-password", DemoFixtures.PASSWORD)) {
            mvc.perform(login(email, password, address))
                    .andExpect(unauthenticated())
                    .andExpect(redirectedUrl("/login?error=credentials"));
        }
    }

    /** A member whose account an administrator has deactivated. */
    private String deactivatedMember() {
        String email = fixtures.newMember("Aurora Commerce", Role.CLIENT);
        SignedIn.run(users, "admin@ponte.test", () -> members.setAccountActive(fixtures.accountId(email), false,
                fixtures.accountVersion(email)));
        return email;
    }

    /** What a page on another site can send: the right fields, but no token from Ponte's login page. */
    private static MockHttpServletRequestBuilder crossSite(String url, String email) {
        return post(url).param("username", email).param("password", DemoFixtures.PASSWORD);
    }

    /** The POST the login form sends, from the given client address. */
    private static MockHttpServletRequestBuilder login(String email, String password, String address) {
        return post("/login").param("username", email).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }
}
