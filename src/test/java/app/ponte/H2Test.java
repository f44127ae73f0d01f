package app.ponte;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A Spring test on the embedded H2 database (MariaDB mode) with the demo data as fixtures.
 *
 * <p>Every Spring test of the unit-test run must use exactly this configuration (no extra
 * properties, profiles or mock beans), so that one application context serves them all. A second
 * context in the same JVM makes Vaadin install a second global {@code SecurityContextHolderStrategy},
 * and the first context's method security then no longer sees the test's signed-in user.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@Import(TestClock.Configuration.class)
@ExtendWith(TestClock.Reset.class)
@ActiveProfiles("test")
public @interface H2Test {
}
