package app.ponte.security;

import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import app.ponte.H2Test;
import app.ponte.TestClock;
import app.ponte.organisation.DemoFixtures;
import jakarta.servlet.ServletException;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.context.WebApplicationContext;

/** A signed-in session ends when left idle (open tabs' heartbeats do not count) and after its lifetime. */
@H2Test
class SessionLifetimeTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    DemoFixtures fixtures;
    @Autowired
    TestClock clock;
    @Value("${server.servlet.session.timeout}")
    Duration idleTimeout;
    @Value("${ponte.security.session.absolute-lifetime}")
    Duration absoluteLifetime;

    MockMvc mvc;
    MockHttpSession session;
    /** Shorter than the idle timeout, but two of them are longer. */
    Duration pause;

    @BeforeEach
    void signIn() throws Exception {
        mvc = OverHttp.mvc(context);
        session = OverHttp.signIn(mvc, fixtures.newMember("Aurora Commerce", Role.CLIENT), DemoFixtures.PASSWORD,
                "198.51.100.60");
        openProfile().andExpect(authenticated());
        pause = idleTimeout.dividedBy(2).plusMinutes(1);
    }

    @Test
    void a_session_in_use_stays_signed_in_across_pauses_shorter_than_the_idle_timeout() throws Exception {
        clock.advance(pause);
        openProfile().andExpect(authenticated());
        clock.advance(pause);

        openProfile().andExpect(authenticated());
    }

    @Test
    void heartbeats_of_an_open_tab_alone_do_not_keep_the_session_signed_in() throws Exception {
        clock.advance(pause);
        heartbeat();
        clock.advance(pause);
        heartbeat();

        openProfile().andExpect(unauthenticated()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void a_session_in_constant_use_ends_when_its_absolute_lifetime_is_over() throws Exception {
        Duration used = Duration.ZERO;
        while (used.plus(pause).compareTo(absoluteLifetime) < 0) {
            clock.advance(pause);
            used = used.plus(pause);
            openProfile().andExpect(authenticated());
        }
        clock.advance(absoluteLifetime.minus(used));

        openProfile().andExpect(unauthenticated()).andExpect(redirectedUrl("/login"));
    }

    private ResultActions openProfile() throws Exception {
        return mvc.perform(get("/profile").session(session));
    }

    /**
     * What Vaadin's client sends every few minutes while a tab is open. It passes every filter; MockMvc then
     * has no Vaadin servlet to forward it to, which is no concern here.
     */
    private void heartbeat() throws Exception {
        try {
            mvc.perform(post("/?v-r=heartbeat&v-uiId=0").session(session));
        } catch (ServletException noVaadinServletInMockMvc) {
            // passed the filters, as in the running app
        }
    }
}
