package app.ponte.base;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where people reach Ponte from outside ({@code ponte.base-url}), for the links that e-mails carry: one
 * place that knows the address and how a path is appended to it.
 */
@Component
public class PublicLinks {

    private final String home;

    PublicLinks(@Value("${ponte.base-url}") String baseUrl) {
        this.home = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The app's own address, without a trailing slash. */
    public String home() {
        return home;
    }

    /** A page of the app; {@code path} is relative to it ("requests/42", "invitation/TOKEN"). */
    public String to(String path) {
        return home + "/" + path;
    }
}
