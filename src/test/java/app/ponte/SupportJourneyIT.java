package app.ponte;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.oncall.OnCall;
import app.ponte.request.FaultAnswers;
import app.ponte.request.RequestDraft;
import app.ponte.request.RequestIntake;
import app.ponte.request.Severity;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Support commitments in a real browser: a client answers the feedback form from the e-mailed link without
 * signing in, once; a client reads its incident's SLA targets and that the person on call acknowledged it; the
 * person on call acknowledges a P1 from its page.
 */
class SupportJourneyIT extends BrowserJourney {

    private static final Pattern FEEDBACK_LINK = Pattern.compile("/feedback/([A-Za-z0-9_-]{43})");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    OnCall onCall;
    @Autowired
    RequestIntake intake;

    @Test
    void a_client_answers_the_mailed_feedback_form_without_signing_in_and_only_once() {
        String token = feedbackTokenMailedTo("rita@meridian.test");
        browser.get(url("login"));
        browser.manage().deleteAllCookies(); // nobody signed in: the link alone opens the form

        browser.get(url("feedback/" + token));
        String page = waitFor(By.id("feedback-heading")).getText();
        assertThat(browser.findElements(By.id("main-nav"))).as("no navigation for a visitor").isEmpty();
        assertThat(page).contains("From which IP addresses do your webhooks call us?");
        waitFor(By.xpath("//vaadin-radio-group[@id='feedback-score']//vaadin-radio-button[contains(., '4 – Good')]"))
                .click();
        waitFor(By.xpath("//vaadin-radio-group[@id='feedback-resolved']//vaadin-radio-button[contains(., 'Yes')]"))
                .click();
        waitFor(By.cssSelector("#feedback-comment textarea")).sendKeys("Quick and clear, thank you.");
        waitFor(By.id("feedback-send")).click();
        waitFor(By.id("feedback-thanks"));

        browser.get(url("feedback/" + token));
        assertThat(waitFor(By.id("feedback-problem")).getText()).contains("You already answered on");
        assertThat(jdbc.queryForObject("select count(*) from feedback_forms where score = 4 and answer_comment = ?",
                Integer.class, "Quick and clear, thank you.")).isEqualTo(1);
    }

    @Test
    void a_client_reads_its_incidents_targets_and_that_the_person_on_call_acknowledged_it() {
        long incident = jdbc.queryForObject("select id from requests where title = ?", Long.class,
                "Orders API returns 503 at peak traffic");
        browser.get(url("login"));
        browser.manage().deleteAllCookies();
        signIn("ana@aurora.test", "ponte-demo-2026");
        waitFor(By.cssSelector("#main-nav vaadin-side-nav-item"));

        browser.get(url("requests/" + incident));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("body"), "Support commitment"));
        String text = browser.findElement(By.tagName("body")).getText();

        assertThat(text).contains("Premium 24/7", "First response", "On call notified at", "acknowledged at");
        assertThat(text).as("a client never reads who was paged").doesNotContain("Paged ", "Re-paged", "Acknowledged by");
    }

    @Test
    void the_person_on_call_acknowledges_a_p1_incident_from_its_page_and_the_paging_stops() {
        String onCallNow = SignedIn.as(users, "admin@ponte.test", () -> onCall.now().person()).email();
        long incident = SignedIn.as(users, "leo@aurora.test", () -> intake.file(RequestDraft.incident(
                "Checkout returns 500 for every order", "No order goes through since a minute ago.",
                new FaultAnswers(Severity.CRITICAL, null, "A minute ago")).onSystem("Orders API")));
        browser.get(url("login"));
        browser.manage().deleteAllCookies();
        signIn(onCallNow, "ponte-demo-2026");
        waitFor(By.cssSelector("#main-nav vaadin-side-nav-item"));

        browser.get(url("requests/" + incident));
        waitFor(By.id("paging-acknowledge")).click();

        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("paging-history"), "Confirmado por"));
        assertThat(browser.findElements(By.id("paging-acknowledge"))).as("nothing left to acknowledge").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from incident_pagings where request_id = ? and "
                + "acknowledged_at is not null", Integer.class, incident)).isEqualTo(1);
    }

    /** The token of the feedback link in the newest feedback message the outbox holds for the recipient. */
    private String feedbackTokenMailedTo(String recipient) {
        String body = jdbc.queryForObject("select body from mail_outbox where recipient = ? and subject like ? "
                + "order by id desc limit 1", String.class, recipient, "Ponte: how did it go?%");
        Matcher link = FEEDBACK_LINK.matcher(body);
        assertThat(link.find()).as("a feedback link in: %s", body).isTrue();
        return link.group(1);
    }
}
