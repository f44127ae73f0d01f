package app.ponte.audit;

import app.ponte.security.LoginThrottledException;
import app.ponte.security.PonteUser;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-ins, failed and throttled sign-ins, and sign-outs, from Spring Security's events. A failed attempt is
 * recorded under the e-mail that was typed (never the password): nobody is signed in to be the actor.
 */
@Component
class SignInAudit {

    static final String SUCCESS = "sign-in.success";
    static final String FAILURE = "sign-in.failure";
    static final String THROTTLED = "sign-in.throttled";
    static final String SIGN_OUT = "sign-out";

    private final AuditTrail trail;

    SignInAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(AuthenticationSuccessEvent signedIn) {
        if (signedIn.getAuthentication().getPrincipal() instanceof PonteUser user) {
            trail.save(user, user.email(), SUCCESS, AuditOutcome.DONE, "Account", user.accountId(), null);
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(AbstractAuthenticationFailureEvent failed) {
        String typed = failed.getAuthentication().getName();
        String claimed = typed == null || typed.isBlank() ? "anonymous" : typed.strip().toLowerCase(Locale.ROOT);
        Optional<LoginThrottledException> throttled = causes(failed.getException())
                .filter(LoginThrottledException.class::isInstance).map(LoginThrottledException.class::cast)
                .findFirst();
        if (throttled.isPresent()) {
            trail.save(null, claimed, THROTTLED, AuditOutcome.REFUSED, "Account", null,
                    "retry after " + throttled.get().retryAfter().toSeconds() + " s");
        } else {
            trail.save(null, claimed, FAILURE, AuditOutcome.REFUSED, "Account", null, why(failed.getException()));
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(LogoutSuccessEvent signedOut) {
        if (signedOut.getAuthentication().getPrincipal() instanceof PonteUser user) {
            trail.save(user, user.email(), SIGN_OUT, AuditOutcome.DONE, "Account", user.accountId(), null);
        }
    }

    private static Stream<Throwable> causes(Throwable failure) {
        return Stream.iterate(failure, cause -> cause != null, Throwable::getCause).limit(10);
    }

    private static String why(AuthenticationException failure) {
        return switch (failure) {
            case BadCredentialsException wrong -> "wrong e-mail or password";
            case DisabledException disabled -> "account cannot sign in";
            default -> failure.getClass().getSimpleName();
        };
    }
}
