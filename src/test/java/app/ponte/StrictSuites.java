package app.ponte;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * The MariaDB and browser suites skip, with a visible reason, on a machine that lacks MariaDB or
 * Chromium; in strict mode (CI: {@code PONTE_TEST_STRICT=true} or {@code -Dponte.test.strict=true})
 * a missing prerequisite fails the build instead.
 */
public final class StrictSuites {

    private StrictSuites() {
    }

    public static boolean strict() {
        return Boolean.parseBoolean(System.getenv("PONTE_TEST_STRICT"))
                || Boolean.parseBoolean(System.getProperty("ponte.test.strict"));
    }

    public static ConditionEvaluationResult missing(String what) {
        if (strict()) {
            throw new ExtensionConfigurationException(what + ", but this suite is required in strict mode (PONTE_TEST_STRICT=true)");
        }
        System.out.println("SKIPPED SUITE: " + what);
        return ConditionEvaluationResult.disabled(what + "; suite skipped (set PONTE_TEST_STRICT=true to require it)");
    }
}
