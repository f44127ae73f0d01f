package app.ponte.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import app.ponte.H2Test;
import app.ponte.TestClock;
import app.ponte.organisation.DemoFixtures;
import app.ponte.security.Role;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Signing in, failing to, being throttled and signing out, over HTTP as the login form posts them: all audited. */
@H2Test
class SignInAuditTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    DemoFixtures fixtures;
    @Autowired
    TrailProbe trail;
    @Autowired
    TestClock clock;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void a_sign_in_and_a_sign_out_are_audited_with_the_address_and_the_organisation_entered() throws Exception {
        Instant since = clock.instant();
        String email = fixtures.newMember("Aurora Commerce", Role.CLIENT);
        var session = new MockHttpSession();

        mvc.perform(login(email, DemoFixtures.PASSWORD, "198.51.100.40").session(session))
                .andExpect(authenticated());
        mvc.perform(post("/logout").with(csrf()).session(session).with(from("198.51.100.41")))
                .andExpect(unauthenticated());

        long aurora = fixtures.organisationId("Aurora Commerce");
        AuditRecord signIn = trail.newest(since, email, "sign-in.success", fixtures.accountId(email));
        assertThat(signIn.outcome()).isEqualTo(AuditOutcome.DONE);
        assertThat(signIn.targetType()).isEqualTo("Account");
        assertThat(signIn.clientAddress()).isEqualTo("198.51.100.40");
        assertThat(signIn.activeOrganisationId()).isEqualTo(aurora);
        assertThat(signIn.activeOrganisationName()).isEqualTo("Aurora Commerce");
        AuditRecord signOut = trail.newest(since, email, "sign-out", fixtures.accountId(email));
        assertThat(signOut.outcome()).isEqualTo(AuditOutcome.DONE);
        assertThat(signOut.clientAddress()).isEqualTo("198.51.100.41");
        assertThat(signOut.activeOrganisationId()).isEqualTo(aurora);
    }

    @Test
    void a_failed_sign_in_is_refused_and_audited_under_the_e_mail_tried_never_the_password() throws Exception {
        Instant since = clock.instant();
        String email = fixtures.newMember("Meridian Bank", Role.CLIENT);
        String nobody = "Nobody-" + email;

        mvc.perform(login(email, "wrong-horse-battery", "198.51.100.42")).andExpect(unauthenticated());
        mvc.perform(login(nobody, "wrong-horse-battery", "198.51.100.42")).andExpect(unauthenticated());

        AuditRecord wrongPassword = trail.newest(since, email, "sign-in.failure", null);
        AuditRecord unknownAccount = trail.newest(since, nobody.toLowerCase(Locale.ROOT), "sign-in.failure", null);
        assertThat(new AuditRecord[] {wrongPassword, unknownAccount}).allSatisfy(entry -> {
            assertThat(entry.outcome()).isEqualTo(AuditOutcome.REFUSED);
            assertThat(entry.clientAddress()).isEqualTo("198.51.100.42");
            assertThat(entry.activeOrganisationId()).isNull();
            assertThat(entry.targetId()).isNull();
            assertThat(String.valueOf(entry.before()) + entry.after() + entry.actorEmail())
                    .doesNotContain("wrong-horse-battery");
        });
    }

    @Test
    void a_throttled_sign_in_is_audited_as_throttled_not_as_a_wrong_password() throws Exception {
        Instant since = clock.instant();
        String email = fixtures.newMember("Meridian Bank", Role.CLIENT);
        for (int i = 0; i < 5; i++) {
            mvc.perform(login(email, "wrong-" + i, "198.51.100.43")).andExpect(unauthenticated());
        }

        mvc.perform(login(email, DemoFixtures.PASSWORD, "198.51.100.44")).andExpect(unauthenticated());

        AuditRecord throttled = trail.newest(since, email, "sign-in.throttled", null);
        assertThat(throttled.outcome()).isEqualTo(AuditOutcome.REFUSED);
        assertThat(throttled.clientAddress()).isEqualTo("198.51.100.44");
        assertThat(trail.all(since, email, "sign-in.failure")).hasSize(5);
        assertThat(trail.all(since, email, "sign-in.success")).isEmpty();
    }

    /** The POST the login form sends, from the given client address. */
    private static MockHttpServletRequestBuilder login(String email, String password, String address) {
        return post("/login").param("username", email).param("password", password).with(csrf()).with(from(address));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
