package app.ponte;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What an attacker sees of the main pages: the security headers and the session cookie's attributes,
 * a Content-Security-Policy that the pages live within without a single violation, and a sign-in form
 * on another site that cannot sign the browser in.
 */
class AttackersViewIT extends BrowserJourney {

    /** Every CSP violation of the page, recorded from the first moment of each document. */
    @BeforeAll
    static void recordCspViolations() {
        ((ChromeDriver) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.cspViolations = [];
                document.addEventListener('securitypolicyviolation', e => window.cspViolations.push(
                        e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile
                        + ':' + e.lineNumber));"""));
    }

    @BeforeEach
    void signedOut() {
        browser.get(url("login"));
        browser.manage().deleteAllCookies();
    }

    @Test
    void the_login_page_carries_the_security_headers_and_runs_within_its_policy() throws Exception {
        browser.get(url("login"));
        waitFor(By.cssSelector("#vaadinLoginUsername input"));

        assertThat(cspViolations()).isEmpty();
        assertSecurityHeaders(fetch("login"));
    }

    @Test
    void the_main_pages_of_a_signed_in_member_carry_the_headers_and_run_within_the_policy() throws Exception {
        signIn("lead@ponte.test", "ponte-demo-2026");
        waitFor(By.cssSelector("#main-nav vaadin-side-nav-item"));
        assertThat(cspViolations()).as("home").isEmpty();
        assertSecurityHeaders(fetch(""));

        for (String list : List.of("inbox", "backlog")) {
            browser.get(url(list));
            waitFor(By.cssSelector("#main-nav vaadin-side-nav-item"));
            waitFor(By.cssSelector("vaadin-grid"));
            assertThat(cspViolations()).as(list).isEmpty();
            assertSecurityHeaders(fetch(list));
        }
    }

    @Test
    void a_clients_request_list_runs_within_the_policy_and_its_session_cookie_is_http_only_and_same_site_lax()
            throws Exception {
        signIn("ana@aurora.test", "ponte-demo-2026");
        waitFor(By.cssSelector("#main-nav vaadin-side-nav-item"));
        browser.get(url("requests"));
        waitFor(By.cssSelector("vaadin-grid"));
        assertThat(cspViolations()).isEmpty();

        assertThat(newSessionCookieHeader()).contains("; HttpOnly", "; SameSite=Lax");
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");
        // Plain HTTP straight from the browser: Secure comes with TLS (see TrustedProxyIT for a TLS proxy).
        assertThat(session.isSecure()).isFalse();
        assertThat((Object) ((JavascriptExecutor) browser).executeScript("return document.cookie"))
                .asString().doesNotContain("JSESSIONID");
    }

    @Test
    void a_sign_in_form_on_another_site_cannot_sign_the_browser_in() {
        String form = "<form method='post' action='" + url("login") + "'>"
                + "<input name='username' value='ana@aurora.test'><input name='password' value='ponte-demo-2026'>"
                + "</form><script>document.forms[0].submit()</script>";
        browser.get("data:text/html," + URLEncoder.encode(form, StandardCharsets.UTF_8).replace("+", "%20"));

        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("error=expired"));
        browser.get(url(""));
        waitFor(By.cssSelector("#vaadinLoginUsername input"));
        assertThat(browser.getCurrentUrl()).contains("/login");
    }

    private static List<?> cspViolations() {
        return (List<?>) ((JavascriptExecutor) browser).executeScript("return window.cspViolations");
    }

    /** The page at {@code path} fetched over HTTP with the browser's session, as the browser got it. */
    private HttpResponse<String> fetch(String path) throws Exception {
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        return fetch(path, session == null ? Map.of() : Map.of("Cookie", "JSESSIONID=" + session.getValue()));
    }

    /** The session cookie exactly as the server sets it (the browser reports a missing SameSite as Lax). */
    private String newSessionCookieHeader() throws Exception {
        return fetch("login", Map.of()).headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID=")).findFirst().orElseThrow();
    }

    private HttpResponse<String> fetch(String path, Map<String, String> headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url(path))).GET();
        headers.forEach(request::header);
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static void assertSecurityHeaders(HttpResponse<String> page) {
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'",
                        "frame-ancestors 'none'"));
        assertThat(page.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(page.headers().allValues("X-Frame-Options")).containsExactly("DENY");
        assertThat(page.headers().allValues("Referrer-Policy")).containsExactly("same-origin");
        assertThat(page.headers().firstValue("Permissions-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("camera=()", "microphone=()", "geolocation=()"));
    }
}
