package app.ponte;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The cadence of reviews in a real browser, on the demo data: a client works through its action items and reads
 * last week's minutes; the team lead prepares, holds and follows up Aurora's next review and downloads its calendar
 * entry; clients read their monthly progress report, its charts and its PDF, each in their own language.
 */
class CadenceJourneyIT extends BrowserJourney {

    private static final String PASSWORD = "ponte-demo-2026";
    private static final String OVERDUE_TEAM_ITEM = "Send the load-test results to Aurora";
    private static final String ANAS_ITEM = "Share the Black Friday traffic forecast";
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void signedOut() {
        browser.get(url("login"));
        browser.manage().deleteAllCookies();
    }

    @Test
    void a_client_ticks_her_own_action_item_but_not_the_teams_and_reads_last_weeks_minutes_without_internal_notes() {
        signIn("ana@aurora.test", PASSWORD);
        waitFor(By.cssSelector("#main-nav vaadin-side-nav-item"));

        browser.get(url("action-items"));
        waitFor(By.xpath("//*[@id='action-items-organisation']//a[contains(@class, 'action-item-text')]"));
        List<String> organisationItems = texts("#action-items-organisation a.action-item-text");
        assertThat(organisationItems).as("the overdue item on top").first().isEqualTo(OVERDUE_TEAM_ITEM);
        assertThat(organisationItems).contains(ANAS_ITEM);
        assertThat(texts("#action-items-mine a.action-item-text")).contains(ANAS_ITEM)
                .doesNotContain(OVERDUE_TEAM_ITEM);
        assertThat(waitFor(By.id("action-items-organisation")).getText()).contains("Overdue");

        assertThat(doneBoxIn("action-items-organisation", OVERDUE_TEAM_ITEM).getAttribute("readonly"))
                .as("a client cannot tick the team's item").isNotNull();
        clickWhenSettled(() -> doneBoxIn("action-items-mine", ANAS_ITEM));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> isDone(ANAS_ITEM));
        waitFor(By.xpath("//vaadin-notification-card[contains(., 'Done: " + ANAS_ITEM + "')]"));
        assertThat(isDone(OVERDUE_TEAM_ITEM)).isFalse();

        browser.get(url("meetings"));
        clickWhenSettled(() -> waitFor(By.xpath("//*[@id='meetings-past']//a[contains(@href, 'meetings/')]")));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".meeting-minutes"), "Peak season is close"));
        String page = browser.findElement(By.cssSelector(".meeting-page")).getText();
        assertThat(page).contains("Review with Aurora Commerce", "Held",
                "No schema changes to the Orders API until after Cyber Monday.",
                "Weekly reviews continue through the peak season.", OVERDUE_TEAM_ITEM, ANAS_ITEM)
                .as("the team's internal note stays internal").doesNotContain("Capacity is tight", "Internal notes");
        assertThat(browser.findElements(By.cssSelector(".meeting-page vaadin-text-area")))
                .as("a client reads the minutes, never edits them").isEmpty();
    }

    @Test
    void the_team_lead_holds_auroras_next_review_from_an_agenda_that_starts_with_the_overdue_item_and_writes_an_item() {
        long meeting = auroraNextReview();
        // the review is about to begin: a meeting is held from half an hour before its start, never a week early
        jdbc.update("update meetings set starts_at = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().plus(Duration.ofMinutes(10))), meeting);
        signIn("lead@ponte.test", PASSWORD);
        waitFor(By.cssSelector("#main-nav vaadin-side-nav-item"));

        browser.get(url("meetings/" + meeting));
        WebElement agenda = waitFor(By.cssSelector(".meeting-agenda li"));
        List<String> points = texts(".meeting-agenda li");
        assertThat(points.getFirst()).as("the overdue action item opens the agenda").startsWith(OVERDUE_TEAM_ITEM);
        assertThat(agenda.isDisplayed()).isTrue();

        String point = "Dry run of the Black Friday failover";
        scrolledTo(By.cssSelector("#meeting-new-point input")).sendKeys(point);
        clickWhenSettled(() -> scrolledTo(By.xpath(
                "//vaadin-horizontal-layout[.//*[@id='meeting-new-point']]/vaadin-button")));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".meeting-agenda"), point));

        clickWhenSettled(() -> scrolledTo(By.id("meeting-hold")));
        clickWhenSettled(() -> waitFor(By.cssSelector("[slot='confirm-button']")));
        waitFor(By.cssSelector(".meeting-state-held"));
        assertThat(browser.findElement(By.id("meeting-new-point")).isDisplayed()).as("the agenda is frozen").isFalse();
        assertThat(browser.findElements(By.id("meeting-hold")).stream().noneMatch(WebElement::isDisplayed)).isTrue();
        assertThat(texts(".meeting-agenda li")).first().asString().startsWith(OVERDUE_TEAM_ITEM);
        assertThat(texts(".meeting-agenda li")).anyMatch(line -> line.startsWith(point));

        String item = "Send the failover runbook to Aurora";
        LocalDate meetingDay = jdbc.queryForObject("select starts_at from meetings where id = ?",
                java.sql.Timestamp.class, meeting).toInstant().atZone(NEW_YORK).toLocalDate();
        LocalDate due = meetingDay.plusDays(7);
        scrolledTo(By.cssSelector("#action-item-text input")).sendKeys(item);
        chooseOwner("Ana Aurora");
        WebElement date = scrolledTo(By.cssSelector("#action-item-due input"));
        date.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        date.sendKeys(due.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector("vaadin-date-picker-overlay[opened]")));
        clickWhenSettled(() -> scrolledTo(By.xpath("//vaadin-form-layout[contains(@class, 'action-item-form')]"
                + "/vaadin-button")));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid//a[contains(@class, 'action-item-text')][normalize-space(.)='" + item + "']")));
        Map<String, Object> written = jdbc.queryForMap("select owner_side, due_day from action_items "
                + "where meeting_id = ? and item_text = ?", meeting, item);
        assertThat(written.get("owner_side")).isEqualTo("ORGANISATION");
        assertThat(written.get("due_day").toString()).isEqualTo(due.toString());

        Map<String, String> ics = fetch(scrolledTo(By.cssSelector("#meeting-ics a")).getAttribute("href"));
        assertThat(ics.get("type")).startsWith("text/calendar");
        assertThat(ics.get("head")).startsWith("BEGIN:VCALENDAR");
    }

    @Test
    void clients_read_their_november_progress_report_with_charts_and_pdf_in_their_own_language() {
        LocalDate lastMonth = LocalDate.now(NEW_YORK).minusMonths(1);
        signIn("ana@aurora.test", PASSWORD);
        waitFor(By.cssSelector("#main-nav vaadin-side-nav-item"));
        String november = lastMonth.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, Locale.ENGLISH);

        browser.get(url("reports"));
        clickWhenSettled(() -> waitFor(By.xpath("//vaadin-grid-cell-content[contains(., '" + november + "')]")));
        assertThat(waitFor(By.id("report-heading")).getText())
                .isEqualTo("Aurora Commerce: progress report, " + november + " " + lastMonth.getYear());
        assertReportBody("Delivered", "Open requests by status", "Decisions", "Action items", "Charts");
        Map<String, String> pdf = fetch(scrolledTo(By.id("report-pdf")).getAttribute("href"));
        assertThat(pdf.get("type")).isEqualTo("application/pdf");
        assertThat(pdf.get("head")).startsWith("%PDF-");

        browser.manage().deleteAllCookies();
        signIn("marketing@ponte.test", PASSWORD);
        waitFor(By.cssSelector("#main-nav vaadin-side-nav-item"));
        String novembro = lastMonth.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, Locale.of("pt", "BR"));
        browser.get(url("reports"));
        clickWhenSettled(() -> waitFor(By.xpath("//vaadin-grid-cell-content[contains(., '" + novembro + "')]")));
        assertThat(waitFor(By.id("report-heading")).getText())
                .isEqualTo("Marketing: relatório de progresso, " + novembro + " de " + lastMonth.getYear());
        assertReportBody("Entregues", "Pedidos abertos por status", "Decisões", "Ações combinadas", "Gráficos");
        assertThat(scrolledTo(By.id("report-pdf")).getText()).isEqualTo("Baixar PDF");
    }

    /** The figures, the sections under their headings in the reader's language, and three charts drawn as images. */
    private void assertReportBody(String... headings) {
        waitFor(By.cssSelector(".report-body .report-figure"));
        assertThat(browser.findElements(By.cssSelector(".report-body .report-figure-value")))
                .isNotEmpty().allSatisfy(value -> assertThat(value.getText()).isNotBlank());
        assertThat(texts(".report-body h3")).contains(headings);
        List<WebElement> charts = browser.findElements(By.cssSelector(".report-charts img.report-chart"));
        assertThat(charts).hasSize(3);
        for (WebElement chart : charts) {
            assertThat(chart.getAttribute("src")).startsWith("data:image/svg+xml;base64,");
            assertThat(chart.getAttribute("alt")).isNotBlank();
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", chart);
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> ((Number) ((JavascriptExecutor) driver)
                    .executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0;", chart))
                    .intValue() > 0);
        }
    }

    /** Aurora's next planned review, as the demo's weekly series left it. */
    private long auroraNextReview() {
        return jdbc.queryForObject("""
                select m.id from meetings m join organisations o on o.id = m.organisation_id
                where o.name = 'Aurora Commerce' and m.kind = 'REVIEW' and m.state = 'PLANNED'
                and m.starts_at > current_timestamp order by m.starts_at limit 1""", Long.class);
    }

    private boolean isDone(String itemText) {
        return jdbc.queryForObject("select count(*) from action_items where item_text = ? and done_at is not null",
                Integer.class, itemText) > 0;
    }

    /** The done box of the item's row in that grid (each row's box is named after its item). */
    private WebElement doneBoxIn(String gridId, String itemText) {
        return patiently().until(driver -> (WebElement) ((JavascriptExecutor) driver).executeScript("""
                const grid = document.getElementById(arguments[0]);
                return grid ? [...grid.querySelectorAll('vaadin-checkbox')].find(box =>
                    (box.accessibleName || box.getAttribute('aria-label')) === 'Done: ' + arguments[1]) || null : null;
                """, gridId, itemText));
    }

    private void chooseOwner(String name) {
        WebElement owner = scrolledTo(By.cssSelector("#action-item-owner input"));
        owner.click();
        owner.sendKeys(name);
        clickWhenSettled(() -> waitFor(By.xpath("//vaadin-combo-box-item[contains(., '" + name + "')]")));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> String.valueOf(
                ((JavascriptExecutor) driver).executeScript("return document.getElementById('action-item-owner')"
                        + ".selectedItem ? 'chosen' : ''")).equals("chosen"));
    }

    private List<String> texts(String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).map(String::strip)
                .toList();
    }

    /** What a download link answers, fetched by the browser with the signed-in session: its type and first bytes. */
    @SuppressWarnings("unchecked")
    private Map<String, String> fetch(String href) {
        return (Map<String, String>) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'})
                    .then(r => r.text().then(body => done({type: r.headers.get('content-type') || '',
                        head: body.substring(0, 20)})))
                    .catch(e => done({type: 'failed: ' + e, head: ''}));
                """, href);
    }

    private void clickWhenSettled(java.util.function.Supplier<WebElement> element) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .ignoring(ElementClickInterceptedException.class)
                .until(driver -> {
                    element.get().click();
                    return true;
                });
    }
}
