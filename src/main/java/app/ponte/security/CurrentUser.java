package app.ponte.security;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in user of the current request, and the tenant scope their active membership gives. */
@Component
public class CurrentUser {

    public Optional<PonteUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PonteUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public PonteUser require() {
        return get().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("No signed-in Ponte user"));
    }

    public TenantScope scope() {
        return TenantScope.of(require().requireActive());
    }
}
