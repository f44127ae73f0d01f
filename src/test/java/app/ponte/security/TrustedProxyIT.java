package app.ponte.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.ChromiumTest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Forwarded headers on the running server (Tomcat, not a mock): honoured from the proxy the test
 * configuration trusts (127.0.0.2, see application-test.properties), ignored from any other peer. The
 * address is read where the sign-in throttle and the audit trail read it: the authentication's details.
 */
@ChromiumTest
class TrustedProxyIT {

    private static final String TRUSTED_PROXY = "127.0.0.2";
    private static final String OTHER_PEER = "127.0.0.3";
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\">");

    @LocalServerPort
    int port;
    @Autowired
    ConfigurableApplicationContext context;

    private final Map<String, String> addressByAccount = new ConcurrentHashMap<>();
    private final ApplicationListener<ApplicationEvent> failedSignIns = event -> {
        if (event instanceof AbstractAuthenticationFailureEvent failure
                && failure.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
            addressByAccount.put(failure.getAuthentication().getName(), details.getRemoteAddress());
        }
    };

    @BeforeEach
    void listen() {
        context.addApplicationListener(failedSignIns);
    }

    @AfterEach
    void stopListening() {
        context.removeApplicationListener(failedSignIns);
    }

    @Test
    void a_trusted_proxy_passes_on_the_client_address_that_sign_in_sees() throws Exception {
        assertThat(addressSeenBySignIn(TRUSTED_PROXY, "203.0.113.50")).isEqualTo("203.0.113.50");
    }

    @Test
    void any_other_peer_claiming_a_client_address_is_seen_as_itself() throws Exception {
        assertThat(addressSeenBySignIn(OTHER_PEER, "203.0.113.51")).isEqualTo(OTHER_PEER);
    }

    @Test
    void behind_a_trusted_tls_proxy_the_session_cookie_is_secure_and_hsts_is_sent() throws Exception {
        HttpResponse<String> page = get(TRUSTED_PROXY, "login", Map.of("X-Forwarded-Proto", "https"));

        assertThat(sessionCookie(page)).contains("; Secure").contains("; HttpOnly").contains("; SameSite=Lax");
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isPresent();
    }

    @Test
    void a_peer_that_merely_claims_tls_gets_no_secure_cookie_and_no_hsts() throws Exception {
        HttpResponse<String> page = get(OTHER_PEER, "login", Map.of("X-Forwarded-Proto", "https"));

        assertThat(sessionCookie(page)).doesNotContain("Secure").contains("; HttpOnly").contains("; SameSite=Lax");
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    /** Opens the login page and signs in with a wrong password through {@code peer}, forwarding for {@code client}. */
    private String addressSeenBySignIn(String peer, String client) throws Exception {
        Map<String, String> forwarded = Map.of("X-Forwarded-For", client);
        HttpResponse<String> page = get(peer, "login", forwarded);
        var token = CSRF_META.matcher(page.body());
        assertThat(token.find()).as("the login page carries a CSRF token").isTrue();
        String account = "proxy-" + UUID.randomUUID() + "@nowhere.test";
        String form = "username=" + encode(account) + "&password=wrong-password&_csrf=" + encode(token.group(1));

        HttpRequest.Builder post = request("login", forwarded)
                .header("Cookie", sessionCookie(page).split(";", 2)[0])
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        HttpResponse<String> answer = client(peer).send(post.build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?error=credentials"));
        return addressByAccount.get(account);
    }

    private HttpResponse<String> get(String peer, String path, Map<String, String> headers)
            throws IOException, InterruptedException {
        return client(peer).send(request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/" + path));
        headers.forEach(request::header);
        return request;
    }

    /** A client whose connections leave from {@code peer}, a loopback address of its own. */
    private static HttpClient client(String peer) throws IOException {
        return HttpClient.newBuilder().localAddress(InetAddress.getByName(peer)).build();
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
