package app.ponte.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/** Those who may declare freeze windows: the team (on anybody's behalf), departments and client admins (for their own organisation). */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('ADMIN', 'TEAM', 'INTERNAL', 'CLIENT_ADMIN')")
public @interface FreezeDeclarer {
}
