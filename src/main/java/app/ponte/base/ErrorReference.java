package app.ponte.base;

import java.security.SecureRandom;
import java.util.HexFormat;

/** A short id shown to a user with an error message and written to the log with its cause. */
public final class ErrorReference {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorReference() {
    }

    public static String next() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }
}
