package app.ponte;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The heart of the portal in a real browser: a client files a bug through the guided form, the team
 * finds it in the inbox, answers it and moves it on, and the client sees the answer and the new status.
 */
class RequestJourneyIT extends BrowserJourney {

    private static final Pattern REQUEST_PATH = Pattern.compile("/requests/(\\d+)");

    @Test
    void a_client_files_a_bug_the_team_triages_it_and_answers_and_the_client_sees_both() {
        browser.get(url("login"));
        browser.manage().deleteAllCookies();
        signIn("leo@aurora.test", "ponte-demo-2026");
        waitFor(By.cssSelector("#main-nav vaadin-side-nav-item"));
        browser.get(url("requests/new"));
        waitFor(By.xpath("//vaadin-radio-button[contains(., 'Bug')]")).click();
        type("//vaadin-text-field[contains(., 'Title')]//input", "Coupon codes rejected at checkout");
        type("//vaadin-text-area[contains(., 'What happens')]//textarea", "Valid coupons are refused since 9:00.");
        type("//vaadin-text-field[contains(., 'not in the list')]//input", "Orders API");
        scrolledTo(By.id("request-severity")).click();
        waitFor(By.xpath("//vaadin-select-item[contains(., 'High')]")).click();
        type("//vaadin-text-area[contains(., 'Steps')]//textarea", "Apply code SPRING10 to any cart.");
        type("//vaadin-text-field[contains(., 'Since when')]//input", "Today 9:00");
        scrolledTo(By.xpath("//vaadin-button[contains(., 'File the request')]")).click();

        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlMatches(".*/requests/\\d+$"));
        Matcher filed = REQUEST_PATH.matcher(browser.getCurrentUrl());
        assertThat(filed.find()).isTrue();
        String id = filed.group(1);
        assertThat(waitFor(By.id("request-status")).getText()).isEqualTo("New");

        browser.manage().deleteAllCookies();
        signIn("lead@ponte.test", "ponte-demo-2026");
        waitFor(By.cssSelector("#main-nav vaadin-side-nav-item"));
        browser.get(url("inbox"));
        waitFor(By.xpath("//vaadin-grid-cell-content[contains(., 'Coupon codes rejected at checkout')]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/requests/" + id));
        // The team lead works in Portuguese; the ids keep this journey independent of the language.
        type("//*[@id='request-comment']//textarea", "Reproduced: the coupon service times out. Fix on its way.");
        waitFor(By.id("request-post")).click();
        // Posting shows the request again, with the status choices set anew: open them only once the answer
        // is back (the comment field is emptied then), or the chosen item may be replaced under the click.
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> "".equals(
                driver.findElement(By.xpath("//*[@id='request-comment']//textarea")).getDomProperty("value")));
        scrolledTo(By.id("request-move-to")).click();
        waitFor(By.xpath("//vaadin-select-item[contains(., 'Triado')]")).click();
        scrolledTo(By.id("request-team-save")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> "Triado".equals(
                ((JavascriptExecutor) driver).executeScript("return document.getElementById('request-status').textContent")));

        browser.manage().deleteAllCookies();
        signIn("leo@aurora.test", "ponte-demo-2026");
        waitFor(By.cssSelector("#main-nav vaadin-side-nav-item"));
        browser.get(url("requests/" + id));
        assertThat(waitFor(By.id("request-status")).getText()).isEqualTo("Triaged");
        assertThat(browser.findElement(By.tagName("body")).getText())
                .contains("Reproduced: the coupon service times out.");
        assertThat(waitFor(By.cssSelector(".notification-count")).getText()).isNotEqualTo("0");
    }

    private void type(String xpath, String text) {
        var field = waitFor(By.xpath(xpath));
        field.clear();
        field.sendKeys(text);
    }
}
