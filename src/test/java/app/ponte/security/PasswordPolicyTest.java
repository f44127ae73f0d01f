package app.ponte.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.security.PasswordPolicy.Problem;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void a_long_uncommon_passphrase_is_accepted() {
        assertThat(policy.check("harbour-violet-tangerine-42")).isEmpty();
    }

    @Test
    void eleven_characters_are_too_short_and_twelve_are_enough() {
        assertThat(policy.check("kx7-vQm2-pL9")).isEmpty();
        assertThat(policy.check("kx7-vQm2-pL")).containsExactly(Problem.TOO_SHORT);
    }

    @Test
    void a_password_over_128_characters_is_refused() {
        assertThat(policy.check("a1-".repeat(43))).containsExactly(Problem.TOO_LONG);
    }

    @Test
    void a_common_password_of_acceptable_length_is_refused_whatever_its_case() {
        assertThat(policy.check("qwerty123456")).containsExactly(Problem.TOO_COMMON);
        assertThat(policy.check("QWERTY123456")).containsExactly(Problem.TOO_COMMON);
        assertThat(policy.check("1qaz2wsx3edc")).containsExactly(Problem.TOO_COMMON);
    }

    @Test
    void an_empty_or_missing_password_is_too_short() {
        assertThat(policy.check("")).contains(Problem.TOO_SHORT);
        assertThat(policy.check(null)).contains(Problem.TOO_SHORT);
    }
}
