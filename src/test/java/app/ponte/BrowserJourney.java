package app.ponte;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What every Chromium journey needs: one browser per class, the server's address, signing in, waiting. */
@ChromiumTest
abstract class BrowserJourney {

    static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = Chromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    void signIn(String email, String password) {
        browser.get(url("login"));
        waitFor(By.cssSelector("#vaadinLoginUsername input")).sendKeys(email);
        browser.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password);
        browser.findElement(By.cssSelector("vaadin-button[slot=submit]")).click();
    }

    WebElement waitFor(By locator) {
        return patiently().until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** An element that may sit outside the scrolled part of the page, brought into view. */
    WebElement scrolledTo(By locator) {
        WebElement element = patiently().until(ExpectedConditions.presenceOfElementLocated(locator));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        return patiently().until(ExpectedConditions.elementToBeClickable(element));
    }

    /** Up to 30 s, looking every 100 ms (Selenium's default, 500 ms, adds up over a journey's many waits). */
    static WebDriverWait patiently() {
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.pollingEvery(Duration.ofMillis(100));
        return wait;
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
