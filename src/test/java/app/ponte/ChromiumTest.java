package app.ponte;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * An end-to-end test: the whole app on a random port (H2, demo data) driven by the machine's
 * Chromium through ChromeDriver. Nothing is downloaded: the binaries come from the OS
 * ({@code PONTE_TEST_CHROMIUM}, {@code PONTE_TEST_CHROMEDRIVER}, default /usr/bin/chromium and
 * /usr/bin/chromedriver). Skipped when they are missing, unless strict.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ChromiumTest.Available.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClock.Configuration.class)
@ExtendWith(TestClock.Reset.class)
@ActiveProfiles("test")
public @interface ChromiumTest {

    class Available implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (!Chromium.installed()) {
                return StrictSuites.missing("Chromium (" + Chromium.BINARY + ") or ChromeDriver (" + Chromium.DRIVER
                        + ") is not installed");
            }
            return ConditionEvaluationResult.enabled("Chromium at " + Chromium.BINARY);
        }
    }
}
