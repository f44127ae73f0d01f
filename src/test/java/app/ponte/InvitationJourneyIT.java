package app.ponte;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A client admin's critical journey in a real browser: invite a colleague, the colleague opens the
 * link from the e-mail (read from the outbox, where every message is stored before it is sent), chooses
 * a name and a password, and signs in to their company.
 */
class InvitationJourneyIT extends BrowserJourney {


    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_client_admin_invites_a_colleague_who_sets_a_password_and_signs_in_to_their_company() {
        browser.get(url("login"));
        browser.manage().deleteAllCookies();
        signIn("ana@aurora.test", "ponte-demo-2026");
        waitFor(By.cssSelector("#main-nav vaadin-side-nav-item"));
        browser.get(url("members"));
        waitFor(By.xpath("//vaadin-button[contains(., 'Invite')]")).click();
        waitFor(By.cssSelector("vaadin-email-field input")).sendKeys("rui@aurora.test");
        waitFor(By.xpath("//vaadin-button[contains(., 'Send invitation')]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(
                ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("vaadin-email-field")));

        String invitationPath = invitationPathMailedTo("rui@aurora.test");
        browser.manage().deleteAllCookies(); // the colleague, in a browser of their own
        browser.get(url(invitationPath.substring(1)));
        waitFor(By.id("invitation-form"));
        fill("vaadin-text-field:not([readonly]) input", "Rui Almeida");
        fill("vaadin-password-field input", "rui-chooses-a-long-password");
        browser.findElements(By.cssSelector("vaadin-password-field input")).get(1)
                .sendKeys("rui-chooses-a-long-password");
        waitFor(By.xpath("//vaadin-button[contains(., 'Accept and create my account')]")).click();
        waitFor(By.id("invitation-done"));

        signIn("rui@aurora.test", "rui-chooses-a-long-password");
        assertThat(waitFor(By.id("home-organisation")).getText()).contains("Aurora Commerce");
        browser.get(url(invitationPath.substring(1)));
        assertThat(waitFor(By.cssSelector("body")).getText()).doesNotContain("Accept and create my account");
    }

    /** The link in the message the outbox holds for the invitee, as a path on this server. */
    private String invitationPathMailedTo(String recipient) {
        return WaitingMail.linkPathTo(jdbc, recipient);
    }

    private void fill(String css, String text) {
        WebElement field = waitFor(By.cssSelector(css));
        field.clear();
        field.sendKeys(text);
    }
}
