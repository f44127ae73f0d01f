package app.ponte.security;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The response headers of every page: a Content-Security-Policy as strict as Vaadin's client allows, no
 * framing, no MIME sniffing, no referrer outside Ponte (reset and invitation links carry secrets in their
 * path), and no access to camera, microphone, location and the like. HSTS is added to secure requests
 * (also behind a trusted TLS proxy, see application.properties) by Spring Security's defaults.
 */
final class SecurityHeaders {

    /**
     * Everything from Ponte itself. Measured in Chromium (AttackersViewIT): without 'unsafe-inline' for
     * scripts Vaadin's bootstrap page (inline configuration and CSRF form hook) does not start, without
     * 'unsafe-eval' the login form never renders (Flow runs the JavaScript the server sends with
     * {@code new Function}); components set inline styles, and Lumo's icon font is a data: URL. Images
     * may be data: URLs (theme graphics), never remote.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    static final String PERMISSIONS_POLICY = String.join(", ",
            "accelerometer=()", "camera=()", "geolocation=()", "gyroscope=()", "magnetometer=()",
            "microphone=()", "payment=()", "usb=()");

    private SecurityHeaders() {
    }

    static void configure(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                // Vaadin's pages are served by a forward to its servlet, which commits the response
                // past Spring Security's "on commit" hook: the headers must be written before the page.
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                });
    }
}
