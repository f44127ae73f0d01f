package app.ponte;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two tabs of one browser session: a consultant opens the request form for one client, switches to their other
 * client in a second tab, and submits the first tab's form. It files nothing, says why, and keeps what was typed.
 */
class StaleTabJourneyIT extends BrowserJourney {

    private static final String TITLE = "//vaadin-text-field[contains(., 'Title')]//input";

    @Test
    void a_form_left_open_across_a_switch_in_another_tab_files_nothing_and_says_which_organisation_it_was_for() {
        browser.get(url("login"));
        browser.manage().deleteAllCookies();
        signIn("nina@partner.test", "ponte-demo-2026");
        assertThat(waitFor(By.id("home-organisation")).getText()).contains("Aurora Commerce");
        browser.get(url("requests/new"));
        waitFor(By.xpath("//vaadin-radio-button[contains(., 'Question')]")).click();
        waitFor(By.xpath(TITLE)).sendKeys("Stale tab: delivery notes in Spanish");
        waitFor(By.xpath("//vaadin-text-area[contains(., 'Your question')]//textarea"))
                .sendKeys("Our Madrid customers ask for them.");
        String formTab = browser.getWindowHandle();

        browser.switchTo().newWindow(WindowType.TAB);
        browser.get(url(""));
        waitFor(By.id("user-menu")).findElement(By.cssSelector("vaadin-menu-bar-button")).click();
        waitFor(By.xpath("//vaadin-menu-bar-item[contains(., 'Switch organisation')]")).click();
        waitFor(By.xpath("//vaadin-menu-bar-item[contains(., 'Meridian Bank')]")).click();
        waitFor(By.xpath("//vaadin-button[normalize-space(.)='Switch']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("home-organisation"), "Meridian Bank"));

        browser.switchTo().window(formTab);
        scrolledTo(By.xpath("//vaadin-button[contains(., 'File the request')]")).click();

        assertThat(waitFor(By.xpath("//vaadin-notification-card[contains(., 'You switched to')]")).getText())
                .contains("You switched to Meridian Bank in another tab. This page was opened for Aurora Commerce");
        assertThat(browser.getCurrentUrl()).endsWith("/requests/new");
        assertThat(waitFor(By.xpath(TITLE)).getDomProperty("value")).isEqualTo("Stale tab: delivery notes in Spanish");

        browser.get(url("requests"));
        waitFor(By.xpath("//vaadin-grid-cell-content[contains(., 'GDPR data export for our customers')]"));
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Stale tab: delivery notes");
    }
}
