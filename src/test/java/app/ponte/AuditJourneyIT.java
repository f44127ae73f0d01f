package app.ponte;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.audit.AuditRecord;
import app.ponte.audit.TrailProbe;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The audit trail as a real browser and the real servlet stack feed it: the address of Vaadin's own
 * requests, and signing out from the user menu (Vaadin's logout, not the plain logout URL).
 */
class AuditJourneyIT extends BrowserJourney {

    @Autowired
    TrailProbe trail;
    @Autowired
    TestClock clock;

    @Test
    void signing_in_switching_organisation_and_signing_out_are_audited_with_the_browsers_address() {
        Instant since = clock.instant();
        browser.get(url("login"));
        browser.manage().deleteAllCookies();
        signIn("nina@partner.test", "ponte-demo-2026");
        waitFor(By.id("home-organisation"));

        waitFor(By.id("user-menu")).findElement(By.cssSelector("vaadin-menu-bar-button")).click();
        waitFor(By.xpath("//vaadin-menu-bar-item[contains(., 'Switch organisation')]")).click();
        waitFor(By.xpath("//vaadin-menu-bar-item[contains(., 'Meridian Bank')]")).click();
        waitFor(By.xpath("//vaadin-button[normalize-space(.)='Switch']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("home-organisation"), "Meridian Bank"));
        waitFor(By.id("user-menu")).findElement(By.cssSelector("vaadin-menu-bar-button")).click();
        waitFor(By.xpath("//vaadin-menu-bar-item[contains(., 'Sign out')]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/login"));

        AuditRecord signIn = trail.newest(since, "nina@partner.test", "sign-in.success", null);
        AuditRecord switched = trail.newest(since, "nina@partner.test", "organisation.switch", null);
        AuditRecord signOut = trail.newest(since, "nina@partner.test", "sign-out", null);
        assertThat(signIn.clientAddress()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(switched.clientAddress()).isEqualTo(signIn.clientAddress());
        assertThat(signOut.clientAddress()).isEqualTo(signIn.clientAddress());
        assertThat(signIn.activeOrganisationName()).isEqualTo("Aurora Commerce");
        assertThat(switched.after()).isEqualTo("Meridian Bank");
        assertThat(signOut.activeOrganisationName()).isEqualTo("Meridian Bank");
    }
}
