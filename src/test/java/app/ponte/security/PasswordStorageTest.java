package app.ponte.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import app.ponte.H2Test;
import app.ponte.SignedIn;
import app.ponte.organisation.Accounts;
import app.ponte.organisation.DemoFixtures;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/** Passwords of any length the policy allows, in any script, and hashes stored before Argon2id. */
@H2Test
class PasswordStorageTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    DemoFixtures fixtures;
    @Autowired
    Accounts accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    JdbcTemplate jdbc;

    MockMvc mvc;
    String email;

    @BeforeEach
    void setUp() {
        mvc = OverHttp.mvc(context);
        email = fixtures.newMember("Meridian Bank", Role.CLIENT);
    }

    @Test
    void passwords_of_64_100_and_128_characters_and_in_any_script_can_be_set_and_used_to_sign_in() throws Exception {
        List<String> passwords = List.of(
                "correct-horse-battery-staple-".repeat(3).substring(0, 64),
                "Ação-sénha-密码-längere-Passphrase-ünïcødé-Ωμέγα-".repeat(2).substring(0, 64),
                "lighthouse-orbit-kettle-".repeat(5).substring(0, 100),
                "Ação-sénha-密码-".repeat(10).substring(0, 128),
                "Ação-sénha-密码-🔑-ok");
        String current = DemoFixtures.PASSWORD;
        for (String password : passwords) {
            String before = current;
            SignedIn.run(users, email, () -> accounts.changeMyPassword(before, password, "198.51.100.70"));

            mvc.perform(OverHttp.login(email, password, "198.51.100.70")).andExpect(authenticated());
            mvc.perform(OverHttp.login(email, before, "198.51.100.70")).andExpect(unauthenticated());
            current = password;
        }
    }

    @Test
    void a_password_stored_as_bcrypt_still_signs_in_and_is_stored_again_as_argon2id() throws Exception {
        storeHash("{bcrypt}" + new BCryptPasswordEncoder().encode(DemoFixtures.PASSWORD));

        mvc.perform(OverHttp.login(email, DemoFixtures.PASSWORD, "198.51.100.71")).andExpect(authenticated());

        assertThat(storedHash()).startsWith("{argon2}$argon2id$");
        assertThat(passwordEncoder.matches(DemoFixtures.PASSWORD, storedHash())).isTrue();
    }

    @Test
    void a_wrong_password_against_a_bcrypt_hash_is_refused_and_upgrades_nothing() throws Exception {
        String bcrypt = "{bcrypt}" + new BCryptPasswordEncoder().encode(DemoFixtures.PASSWORD);
        storeHash(bcrypt);

        mvc.perform(OverHttp.login(email, "not-" + DemoFixtures.PASSWORD, "198.51.100.72"))
                .andExpect(redirectedUrl("/login?error=credentials"));

        assertThat(storedHash()).isEqualTo(bcrypt);
    }

    @Test
    void new_hashes_are_argon2id_with_at_least_owasps_memory_and_passes_by_default() {
        String hash = PasswordHashing.from(new org.springframework.mock.env.MockEnvironment()).encoder()
                .encode("harbour-violet-tangerine");

        assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");
    }

    @Test
    void plain_text_and_unprefixed_hashes_never_match() {
        assertThat(passwordEncoder.matches("harbour-violet-tangerine", "{noop}harbour-violet-tangerine")).isFalse();
        assertThat(passwordEncoder.matches("harbour-violet-tangerine", "harbour-violet-tangerine")).isFalse();
    }

    private void storeHash(String hash) {
        jdbc.update("update accounts set password_hash = ? where email = ?", hash, email);
    }

    private String storedHash() {
        return jdbc.queryForObject("select password_hash from accounts where email = ?", String.class, email);
    }
}
