package app.ponte;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Prioritisation in a real browser: the team lead moves Operations' picking board to the top of the backlog
 * with a reason after looking at what slips, and Marketing reads on its campaign request, in plain words,
 * that its change collides with another department's freeze and when the team decides.
 */
class PlanningJourneyIT extends BrowserJourney {

    private static final String PICKING = "Painel de separação por onda no novo centro de distribuição";
    private static final String REASON = "Inauguração do centro de distribuição em duas semanas";

    @Test
    void the_lead_re_ranks_with_a_reason_and_marketing_reads_its_conflict_notice() {
        browser.get(url("login"));
        browser.manage().deleteAllCookies();
        signIn("lead@ponte.test", "ponte-demo-2026");
        waitFor(By.cssSelector("#main-nav vaadin-side-nav-item"));
        browser.get(url("backlog"));
        // The title is a link to the request: the row is selected by clicking its next cell (organisation).
        clickWhenSettled(By.xpath("//vaadin-grid-cell-content[.//a[contains(., '" + PICKING + "')]]"
                + "/following-sibling::vaadin-grid-cell-content[1]"));
        waitFor(By.id("move-request")).click();
        var position = waitFor(By.xpath("//*[@id='move-position']//input"));
        position.sendKeys("1");
        waitFor(By.xpath("//*[@id='move-reason']//textarea")).sendKeys(REASON);
        waitFor(By.id("move-preview")).click();
        waitFor(By.id("move-save")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[contains(., '" + REASON + "')]")));

        browser.manage().deleteAllCookies();
        signIn("marketing@ponte.test", "ponte-demo-2026");
        waitFor(By.cssSelector("#main-nav vaadin-side-nav-item"));
        browser.get(url("requests"));
        clickWhenSettled(By.xpath("//vaadin-grid-cell-content[contains(., 'Relatórios em tempo real por campanha')]"));
        String notice = waitFor(By.id("conflict-notices")).getText();
        assertThat(notice).contains("outra organização congelou Real-time reporting", "A equipe decide até")
                .doesNotContain("Sales");
    }

    /** The lazy grid renders its rows again as pages arrive: click once the cell stays put. */
    private void clickWhenSettled(By cell) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .ignoring(ElementClickInterceptedException.class) // the page still settling under the pointer
                .until(driver -> {
                    driver.findElement(cell).click();
                    return true;
                });
    }
}
