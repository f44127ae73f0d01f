package app.ponte;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page a role reaches from its navigation (and its notifications and profile), checked by axe-core in
 * Chromium. axe-core (MPL-2.0) is a test resource only, injected into the page by the test: it never reaches
 * the application's frontend bundle. A page fails on the rules issue 15 found broken (a main landmark, all
 * content in landmarks, heading order, named table headers) and on any violation of critical or serious impact.
 */
class AccessibilityJourneyIT extends BrowserJourney {

    /** Rules that must hold whatever their impact. */
    private static final Set<String> REQUIRED = Set.of("landmark-one-main", "region", "heading-order",
            "empty-table-header");

    /**
     * Known and left on purpose (page, then rule): the inbox's selection column, whose header holds Vaadin's
     * select-all checkbox, hidden for a lazily loaded grid. Showing it would make "select all" fetch every open
     * request into the session, which the scale issue must decide (a bounded "select this page" instead).
     */
    private static final Set<String> KNOWN_AND_LEFT = Set.of("inbox empty-table-header");

    private static final String AXE = axeSource();

    @BeforeEach
    void signedOut() {
        browser.get(url("login"));
        browser.manage().deleteAllCookies();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"admin@ponte.test", "leo@aurora.test"})
    void every_main_page_passes_the_accessibility_rules(String email) {
        signIn(email, "ponte-demo-2026");
        waitFor(By.cssSelector("#main-nav vaadin-side-nav-item"));
        Set<String> paths = new LinkedHashSet<>();
        for (WebElement item : browser.findElements(By.cssSelector("#main-nav vaadin-side-nav-item"))) {
            paths.add(stripSlash(item.getDomAttribute("path")));
        }
        paths.add("notifications");
        paths.add("profile");

        List<String> failures = new ArrayList<>();
        for (String path : paths) {
            browser.get(url(path));
            waitFor(By.cssSelector("main"));
            settled();
            failures.addAll(violations(path));
        }

        assertThat(failures).as("axe-core violations for %s", email).isEmpty();
    }

    @Test
    void on_a_phone_every_navigation_label_is_shown_whole() {
        signIn("admin@ponte.test", "ponte-demo-2026"); // Portuguese, the longest labels
        waitFor(By.cssSelector("#main-nav vaadin-side-nav-item"));
        Dimension before = browser.manage().window().getSize();
        try {
            browser.manage().window().setSize(new Dimension(390, 844));
            browser.navigate().refresh();
            waitFor(By.cssSelector("vaadin-drawer-toggle")).click();
            waitFor(By.cssSelector("#main-nav vaadin-side-nav-item"));
            settled();

            @SuppressWarnings("unchecked")
            List<String> cut = (List<String>) ((JavascriptExecutor) browser).executeScript("""
                    return [...document.querySelectorAll('#main-nav vaadin-side-nav-item')]
                        .filter(item => [item, ...item.shadowRoot.querySelectorAll('*')]
                            .some(el => el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1))
                        .map(item => item.textContent.trim());""");
            assertThat(cut).as("navigation labels cut at 390 px").isEmpty();
        } finally {
            browser.manage().window().setSize(before);
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> violations(String path) {
        var js = (JavascriptExecutor) browser;
        js.executeScript(AXE);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        List<Map<String, Object>> found = (List<Map<String, Object>>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                // Vaadin's connection indicator: the client engine's loading bar at body level, not page content.
                axe.run({exclude: [['vaadin-connection-indicator']]}, {resultTypes: ['violations']})
                    .then(result => done(result.violations.map(v => ({id: v.id, impact: v.impact || '',
                        help: v.help, targets: v.nodes.slice(0, 3).map(n => JSON.stringify(n.target))}))))
                    .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), targets: []}]));""");
        List<String> failures = new ArrayList<>();
        for (Map<String, Object> violation : found) {
            String id = (String) violation.get("id");
            String impact = (String) violation.get("impact");
            if (KNOWN_AND_LEFT.contains(path + " " + id)) {
                continue;
            }
            if (REQUIRED.contains(id) || impact.equals("critical") || impact.equals("serious")) {
                failures.add("/" + path + ": " + id + " (" + impact + ") " + violation.get("help") + " at "
                        + violation.get("targets"));
            }
        }
        return failures;
    }

    /** Vaadin has answered every request the page made and drawn what it answered. */
    private void settled() {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> (Boolean) ((JavascriptExecutor) driver)
                .executeScript("""
                        const clients = (window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients) || {};
                        return Object.values(clients).every(c => !c.isActive || !c.isActive());"""));
    }

    private static String stripSlash(String path) {
        return path == null ? "" : path.startsWith("/") ? path.substring(1) : path;
    }

    private static String axeSource() {
        try (InputStream in = AccessibilityJourneyIT.class.getResourceAsStream("/axe/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
