package app.ponte;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Each role, in its demo account's language, at a desktop's and at a phone's width, walks its main pages
 * (every navigation entry, a request, its notifications and its profile) and finds none of what made
 * people stumble: an error page, a key instead of a text, English on a Portuguese page, a cut-off title,
 * a page wider than the phone.
 */
class EverydayJourneysIT extends BrowserJourney {

    @BeforeEach
    void signedOut() {
        browser.manage().window().setSize(new Dimension(1440, 900));
        browser.get(url("login"));
        browser.manage().deleteAllCookies();
    }

    @ParameterizedTest(name = "{0} at {2} px")
    @CsvSource({
            "admin@ponte.test,     true,  1440", "admin@ponte.test,     true,  390",
            "lead@ponte.test,      true,  1440", "lead@ponte.test,      true,  390",
            "marketing@ponte.test, true,  1440", "marketing@ponte.test, true,  390",
            "ana@aurora.test,      false, 1440", "ana@aurora.test,      false, 390",
            "leo@aurora.test,      false, 1440", "leo@aurora.test,      false, 390"})
    void each_role_reads_its_main_pages_without_stumbling(String email, boolean portuguese, int width) {
        boolean phone = width < 600;
        browser.manage().window().setSize(new Dimension(width, phone ? 844 : 900));
        signIn(email, "ponte-demo-2026");
        patiently().until(ExpectedConditions.presenceOfElementLocated(By.id(MainNavigation.ID)));
        settled();

        List<String> findings = new ArrayList<>();
        for (String path : mainPages()) {
            browser.get(url(path));
            settled();
            PageInspection.findings(browser, portuguese, phone)
                    .forEach(finding -> findings.add("/" + path + ": " + finding));
        }

        assertThat(findings).as("what %s stumbles over at %d px", email, width).isEmpty();
    }

    /** Every navigation entry, the first request listed on the requests page, notifications and profile. */
    private List<String> mainPages() {
        Set<String> paths = new LinkedHashSet<>();
        for (WebElement item : browser.findElements(By.cssSelector("#" + MainNavigation.ID + " vaadin-side-nav-item"))) {
            paths.add(item.getAttribute("path"));
        }
        paths.add(firstRequest(paths));
        paths.add("notifications");
        paths.add("profile");
        paths.remove(null);
        return new ArrayList<>(paths);
    }

    private String firstRequest(Set<String> navigation) {
        String list = navigation.contains("inbox") ? "inbox" : "requests";
        browser.get(url(list));
        settled();
        return (String) ((JavascriptExecutor) browser).executeScript("""
                const link = document.querySelector('a[href^="requests/"], a[href*="/requests/"]');
                return link ? link.getAttribute('href').replace(/^\\//, '') : null;""");
    }

    /** Vaadin has answered every round trip the page started. */
    private void settled() {
        patiently().until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript("""
                const flow = window.Vaadin && window.Vaadin.Flow;
                return !!flow && Object.values(flow.clients || {})
                    .every(client => !client.isActive || !client.isActive());"""));
    }

    /** The navigation's id, as the layout sets it. */
    private static final class MainNavigation {
        static final String ID = "main-nav";
    }
}
