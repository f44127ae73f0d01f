package app.ponte.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The team, and the people who speak for an organisation: its department members and client admins (those the
 * relationship survey asks). They read satisfaction results: the team every organisation's, the others their own.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('ADMIN', 'TEAM', 'INTERNAL', 'CLIENT_ADMIN')")
public @interface TeamOrSurveyContacts {
}
