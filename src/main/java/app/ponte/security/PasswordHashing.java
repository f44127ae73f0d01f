package app.ponte.security;

import java.util.Map;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are stored: Argon2id (no length limit, unlike bcrypt's 72 bytes, which broke long
 * passwords the policy allows). Hashes written before it carry the {@code {bcrypt}} prefix and still
 * match; a sign-in with such a hash stores the password again as Argon2id. Nothing else matches (no
 * {@code {noop}} or other legacy ids).
 *
 * <p>The defaults are OWASP's first Argon2id choice (19 MiB, 2 passes, 1 lane). Raising them makes
 * older hashes re-stored at the next sign-in; lowering them is only for the test profile.
 *
 * @param memoryKib memory per hash in KiB
 * @param iterations passes over that memory
 * @param parallelism lanes
 */
record PasswordHashing(
        @DefaultValue("19456") int memoryKib,
        @DefaultValue("2") int iterations,
        @DefaultValue("1") int parallelism) {

    static final String PROPERTIES = "ponte.security.password-hashing";
    static final String ARGON2 = "argon2";
    static final String BCRYPT = "bcrypt";

    /** A stored value of any other kind (or none) is a wrong password, not an error page. */
    private static final PasswordEncoder MATCHES_NOTHING = new PasswordEncoder() {
        @Override
        public String encode(CharSequence rawPassword) {
            throw new UnsupportedOperationException("only for matching");
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            return false;
        }
    };

    /** The settings under {@value #PROPERTIES}, the defaults where none are given. */
    static PasswordHashing from(Environment environment) {
        return Binder.get(environment).bindOrCreate(PROPERTIES, PasswordHashing.class);
    }

    PasswordEncoder encoder() {
        var argon2 = new Argon2PasswordEncoder(16, 32, parallelism, memoryKib, iterations);
        var encoder = new DelegatingPasswordEncoder(ARGON2, Map.of(ARGON2, argon2, BCRYPT, new BCryptPasswordEncoder()));
        encoder.setDefaultPasswordEncoderForMatches(MATCHES_NOTHING);
        return encoder;
    }
}
