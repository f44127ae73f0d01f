package app.ponte;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The roadmap in a real browser: Aurora reads its timeline (a delivered and a slipped milestone, today
 * marked, nobody else's initiative), downloads it as PDF and CSV, and reads its promises; the team lead moves a committed date, which is
 * refused without a reason (in Portuguese) and saved with one, shown on the milestone.
 */
class RoadmapJourneyIT extends BrowserJourney {

    private static final String REASON = "A equipe de plataforma adiou o gateway para o próximo mês";

    @Test
    void aurora_reads_its_timeline_and_promises_and_the_lead_moves_a_date_only_with_a_reason() {
        browser.get(url("login"));
        browser.manage().deleteAllCookies();
        signIn("ana@aurora.test", "ponte-demo-2026");
        waitFor(By.cssSelector("#main-nav vaadin-side-nav-item"));
        browser.get(url("roadmap"));
        waitFor(By.id("roadmap-tab-timeline")).click();
        waitFor(By.cssSelector("#roadmap-timeline .milestone-bar.delivered"));
        String timeline = waitFor(By.id("roadmap-timeline")).getText();
        assertThat(timeline).contains("Orders API resilience for peak season", "Peak-ready limits", "API v2")
                .doesNotContain("Campaign reporting");
        assertThat(browser.findElements(By.cssSelector("#roadmap-timeline .timeline-today"))).isNotEmpty();
        assertThat(download("roadmap-export-pdf")).startsWith("%PDF-");
        assertThat(download("roadmap-export-csv")).contains("Orders API resilience for peak season")
                .doesNotContain("Campaign reporting");
        browser.get(url("promises"));
        waitFor(By.xpath("//vaadin-grid-cell-content[contains(., 'Kept on time')]"));
        waitFor(By.xpath("//vaadin-grid-cell-content[contains(., 'Open')]"));

        browser.manage().deleteAllCookies();
        signIn("lead@ponte.test", "ponte-demo-2026");
        waitFor(By.cssSelector("#main-nav vaadin-side-nav-item"));
        browser.get(url("roadmap"));
        clickWhenSettled(By.xpath("//div[contains(@class, 'roadmap-milestone')][.//span[text()='Read endpoints']]"
                + "//vaadin-button[contains(@class, 'plan-milestone')]"));
        WebElement date = waitFor(By.xpath("//*[@id='milestone-date']//input"));
        date.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        date.sendKeys(LocalDate.now().plusDays(90).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector("vaadin-date-picker-overlay[opened]")));
        scrolledTo(By.id("milestone-commit")).click();
        WebElement reason = new WebDriverWait(browser, Duration.ofSeconds(30)).until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#milestone-reason[invalid]")));
        assertThat(reason.getText()).contains("Diga por que a data muda");

        scrolledTo(By.xpath("//*[@id='milestone-reason']//textarea")).sendKeys(REASON);
        scrolledTo(By.id("milestone-commit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//div[contains(@class, 'roadmap-milestone')][contains(., '" + REASON + "')]")));
    }

    /** What an export link sends, fetched by the browser with the signed-in session (as text). */
    private String download(String linkId) {
        String href = waitFor(By.id(linkId)).getAttribute("href");
        Object body = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(done, e => done('' + e));
                """, href);
        return String.valueOf(body);
    }

    private void clickWhenSettled(By locator) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .ignoring(ElementClickInterceptedException.class) // the page still settling under the pointer
                .until(driver -> {
                    scrolledTo(locator).click();
                    return true;
                });
    }
}
