package app.ponte;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Uploads as the browser sends them (the raw body streamed to the server on a request of its own): a script
 * is refused with its reason under the upload and on its own row (without a retry), a text file goes through and
 * is attached to the request. And the team's actions on a request fit a phone's width.
 */
class UploadJourneyIT extends BrowserJourney {

    @TempDir
    Path files;

    @Test
    void a_client_is_told_why_a_script_is_refused_and_files_the_request_with_the_text_file() throws IOException {
        Path script = Files.writeString(files.resolve("fix.bat"), "del /q C:\\Users\\*\r\n", StandardCharsets.US_ASCII);
        Path notes = Files.writeString(files.resolve("scanner-notes.txt"), "TLS 1.0 on port 443", StandardCharsets.UTF_8);
        browser.get(url("login"));
        browser.manage().deleteAllCookies();
        signIn("leo@aurora.test", "ponte-demo-2026");
        waitFor(By.cssSelector("#main-nav vaadin-side-nav-item"));
        browser.get(url("requests/new"));
        waitFor(By.xpath("//vaadin-radio-button[contains(., 'Question')]")).click();
        waitFor(By.xpath("//vaadin-text-field[contains(., 'Title')]//input")).sendKeys("Which TLS versions?");
        waitFor(By.xpath("//vaadin-text-area[contains(., 'question')]//textarea")).sendKeys("Our scanner flags TLS 1.0.");

        fileInput().sendKeys(script.toString());
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("attachment-error"), "fix.bat is not accepted: files ending in .bat are programs"));
        // The refused file's own row says why, in the viewer's language, and offers no retry.
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> (Boolean) ((JavascriptExecutor) driver)
                .executeScript("return [...document.querySelectorAll('vaadin-upload-file[refused]')].length === 1"));
        assertThat(((JavascriptExecutor) browser).executeScript(
                "return document.querySelector('vaadin-upload').files.find(f => f.name === 'fix.bat').error"))
                .asString().startsWith("fix.bat is not accepted: files ending in .bat are programs");
        assertThat(((JavascriptExecutor) browser).executeScript("const row = document.querySelector("
                + "'vaadin-upload-file[refused]'); return getComputedStyle(row.shadowRoot.querySelector("
                + "'[part=retry-button]')).display")).isEqualTo("none");
        fileInput().sendKeys(notes.toString());
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> (Boolean) ((JavascriptExecutor) driver)
                .executeScript("return [...document.querySelector('vaadin-upload').files]"
                        + ".some(f => f.name === 'scanner-notes.txt' && f.complete)"));
        assertThat(browser.findElement(By.id("attachment-error")).getText()).contains("fix.bat is not accepted");

        scrolledTo(By.xpath("//vaadin-button[contains(., 'File the request')]")).click();

        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlMatches(".*/requests/\\d+$"));
        assertThat(waitFor(By.id("request-attachments")).getText()).contains("scanner-notes.txt")
                .doesNotContain("fix.bat");
    }

    @Test
    void the_team_actions_of_a_request_fit_a_phone_screen() {
        browser.get(url("login"));
        browser.manage().deleteAllCookies();
        signIn("lead@ponte.test", "ponte-demo-2026");
        waitFor(By.cssSelector("#main-nav vaadin-side-nav-item"));
        Dimension before = browser.manage().window().getSize();
        try {
            browser.manage().window().setSize(new Dimension(390, 844));
            // The demo's first request, which the team sees.
            browser.get(url("requests/1"));
            WebElement actions = scrolledTo(By.id("request-team-save"));
            assertThat(actions.isDisplayed()).isTrue();
            Object overflow = ((JavascriptExecutor) browser).executeScript("""
                    const part = document.getElementById('request-team-actions');
                    const out = [...part.querySelectorAll('vaadin-button, vaadin-select, vaadin-combo-box,'
                        + ' vaadin-integer-field')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1);
                    return out.map(e => e.id || e.tagName).join(', ');""");
            assertThat(overflow).as("team controls beyond the right edge at 390 px").isEqualTo("");
        } finally {
            browser.manage().window().setSize(before);
        }
    }

    /** The upload's hidden file input, which takes a path like a file chosen in the dialog. */
    private WebElement fileInput() {
        return (WebElement) ((JavascriptExecutor) browser).executeScript(
                "const upload = document.querySelector('vaadin-upload');"
                        + "return upload.querySelector('input[type=file]') || upload.shadowRoot.querySelector('input[type=file]');");
    }
}
