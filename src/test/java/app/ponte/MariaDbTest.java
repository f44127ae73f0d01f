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
 * A Spring test against the real MariaDB named by {@code PONTE_TEST_MARIADB_URL} (user and password
 * from {@code PONTE_TEST_MARIADB_USER}/{@code _PASSWORD}). Skipped when the URL is not set, unless strict.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(MariaDbTest.Available.class)
@SpringBootTest
@Import(TestClock.Configuration.class)
@ExtendWith(TestClock.Reset.class)
@ActiveProfiles("mariadb-test")
public @interface MariaDbTest {

    class Available implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            String url = System.getenv("PONTE_TEST_MARIADB_URL");
            if (url == null || url.isBlank()) {
                return StrictSuites.missing("PONTE_TEST_MARIADB_URL is not set (MariaDB)");
            }
            return ConditionEvaluationResult.enabled("MariaDB at " + url);
        }
    }
}
