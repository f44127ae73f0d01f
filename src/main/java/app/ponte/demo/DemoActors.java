package app.ponte.demo;

import app.ponte.catalogue.SystemCatalogue;
import app.ponte.catalogue.SystemSummary;
import app.ponte.request.RequestService;
import app.ponte.security.PonteUser;
import app.ponte.security.SystemAuthentication;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** How the demo loaders act: as the demo people themselves, through the secured services. */
@Component
@ConditionalOnProperty(name = "ponte.demo.enabled", havingValue = "true")
class DemoActors {

    private final UserDetailsService users;
    private final SystemCatalogue catalogue;
    private final RequestService requests;

    DemoActors(UserDetailsService users, SystemCatalogue catalogue, RequestService requests) {
        this.users = users;
        this.catalogue = catalogue;
        this.requests = requests;
    }

    <T> T as(String email, Supplier<T> work) {
        return SystemAuthentication.runAs((PonteUser) users.loadUserByUsername(email), work);
    }

    /** Catalogue systems by name, as the signed-in person sees them (those their organisation depends on). */
    Set<Long> systems(String... names) {
        Set<String> wanted = Set.of(names);
        return catalogue.list("", PageRequest.of(0, 100)).getContent().stream()
                .filter(system -> wanted.contains(system.name())).map(SystemSummary::id).collect(Collectors.toSet());
    }

    long version(long requestId) {
        return requests.details(requestId).version();
    }
}
