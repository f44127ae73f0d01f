package app.ponte;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The inbox on a phone held upright (390 px): cards, folded filters, and nothing wider than the screen. */
class InboxPhoneJourneyIT extends BrowserJourney {

    @AfterEach
    void wideAgain() {
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void at_390_pixels_the_inbox_shows_cards_and_never_scrolls_sideways_even_with_the_bulk_bar() {
        browser.manage().window().setSize(new Dimension(390, 844));
        signIn("lead@ponte.test", "ponte-demo-2026");
        browser.get(url("inbox"));

        waitFor(By.cssSelector("#inbox-grid .request-card"));
        assertThat(waitFor(By.cssSelector(".collapsible-filters-toggle")).isDisplayed()).isTrue();
        assertThat(browser.findElements(By.cssSelector(".collapsible-filters-fields vaadin-select")))
                .noneMatch(filter -> filter.isDisplayed());
        assertNoSidewaysScrolling();

        browser.findElements(By.cssSelector("#inbox-grid vaadin-checkbox")).stream()
                .filter(box -> box.isDisplayed()).skip(1).findFirst().orElseThrow().click();
        waitFor(By.id("bulk-bar"));
        assertNoSidewaysScrolling();

        browser.findElement(By.cssSelector(".collapsible-filters-toggle")).click();
        waitFor(By.cssSelector(".collapsible-filters-fields vaadin-select"));
        assertNoSidewaysScrolling();
    }

    private void assertNoSidewaysScrolling() {
        // Measured once the server's answer (columns shown, bar shown) is laid out.
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(driver -> (Boolean) ((JavascriptExecutor) driver)
                .executeScript("""
                        return Object.values(window.Vaadin.Flow.clients)
                            .filter(client => client.isActive).every(client => !client.isActive());"""));
        List<?> widths = (List<?>) ((JavascriptExecutor) browser).executeScript(
                "return [document.documentElement.scrollWidth, window.innerWidth];");
        assertThat(((Number) widths.get(0)).longValue()).as("scroll width against inner width %s", widths)
                .isLessThanOrEqualTo(((Number) widths.get(1)).longValue());
    }
}
