package app.ponte.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The documented exception to "every public service method says who may call it": a method other services
 * call inside their own, already checked, call (queueing the e-mail a change causes, even for the anonymous
 * "forgot password" flow; turning a system name typed in a request filter into catalogue ids). It carries no role check of its own, so ArchitectureTest keeps every view away
 * from it.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface InternalToServices {
}
