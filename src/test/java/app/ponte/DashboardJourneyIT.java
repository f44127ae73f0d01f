package app.ponte;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.text.NumberFormat;
import java.text.ParseException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboards in a real browser, on the demo data: what only a browser shows. A department and a client follow a
 * bar of their "requests by status and kind" chart (an image, with links laid over its bars) to "Our requests"
 * filtered to it, with as many rows as the bar said; the client reads the same chart as a table, follows one of its
 * links and downloads the CSV, which holds the table; the team lead sorts the relationship health and opens an
 * organisation's inbox from it; the administrator recomputes the health in Portuguese; on a phone the blocks stack.
 */
class DashboardJourneyIT extends BrowserJourney {

    private static final String PASSWORD = "ponte-demo-2026";
    private static final String BY_STATUS = "dashboard-requests-by-status";
    /** How many of the health list's first rows are compared between two orders. */
    private static final int TOP = 4;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void signedOutAtTheDesk() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(url("login"));
        browser.manage().deleteAllCookies();
    }

    @Test
    void a_department_follows_a_bar_of_its_requests_chart_to_our_requests_with_as_many_rows_as_the_bar_said() {
        Locale portuguese = Locale.of("pt", "BR");
        signInAndOpenHome("marketing@ponte.test");
        Bar bar = largest(drawnChartWithBars(BY_STATUS), ": ver a lista", portuguese);

        List<List<String>> table = showTable(BY_STATUS);
        assertThat(tableCell(BY_STATUS, bar.href())).as("the table says what the bar's name says").isEqualTo(bar);
        assertThat(table.getFirst().getFirst()).isEqualTo("Situação");
        clickWhenSettled(() -> scrolledTo(By.id(BY_STATUS + "-show-table")));
        drawnChartWithBars(BY_STATUS);
        clickWhenSettled(() -> scrolledTo(barLink(bar)));

        assertOurRequestsShow(bar, portuguese);
    }

    @Test
    void a_client_admin_follows_a_bar_and_a_table_link_and_downloads_the_csv_the_table_shows_without_meridian()
            throws IOException {
        signInAndOpenHome("ana@aurora.test");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Aurora Commerce")
                .doesNotContain("Meridian");
        assertThat(pageSource()).as("nothing of Meridian, not even hidden").doesNotContain("Meridian");
        List<WebElement> bars = drawnChartWithBars(BY_STATUS);
        Bar bar = largest(bars, ": show the list", Locale.US);
        clickWhenSettled(() -> scrolledTo(barLink(bar)));
        assertOurRequestsShow(bar, Locale.US);

        browser.navigate().back();
        int barCount = drawnChartWithBars(BY_STATUS).size();
        assertThat(scrolledTo(By.id(BY_STATUS + "-show-table")).getDomAttribute("aria-pressed")).isEqualTo("false");
        List<List<String>> shown = showTable(BY_STATUS);
        assertThat(browser.findElement(By.id(BY_STATUS + "-show-table")).getDomAttribute("aria-pressed"))
                .isEqualTo("true");
        assertThat(browser.findElements(By.cssSelector("#" + BY_STATUS + " .chart-figure")))
                .as("the table takes the chart's place").noneMatch(WebElement::isDisplayed);
        assertThat(shown.getFirst().getFirst()).as("the categories' header").isEqualTo("Status");

        String[] csv = download(scrolledTo(By.id(BY_STATUS + "-csv")).getDomAttribute("href")).split("\n", 2);
        assertThat(csv[0]).as("its type").startsWith("text/csv");
        assertThat(csv[1]).as("a byte-order mark for spreadsheets").startsWith("\uFEFF");
        assertCsvHoldsTheTable(csv[1].substring(1), shown, Locale.US);

        List<WebElement> tableLinks = browser.findElements(By.cssSelector("#" + BY_STATUS + "-table a"));
        assertThat(tableLinks).as("a value that leads to a list is a link in the table too").hasSize(barCount);
        WebElement followed = tableLinks.stream().filter(link -> !bar.href().equals(link.getDomAttribute("href")))
                .findFirst().orElse(tableLinks.getFirst());
        Bar cell = named(followed, ": show the list");
        assertThat(tableCell(BY_STATUS, cell.href())).isEqualTo(cell);
        clickWhenSettled(() -> scrolledTo(By.cssSelector("#" + BY_STATUS + "-table a[href='" + cell.href() + "']")));
        assertOurRequestsShow(cell, Locale.US);
        assertThat(pageSource()).doesNotContain("Meridian");
    }

    @Test
    void the_team_lead_sorts_the_relationship_health_and_opens_an_organisations_inbox_from_it() {
        signInAndOpenHome("lead@ponte.test");
        for (String section : List.of("queue", "planning", "delivery", "relationships")) {
            assertThat(scrolledTo(By.id("dashboard-" + section)).findElements(By.cssSelector(".dashboard-card")))
                    .as("blocks in the %s section", section).isNotEmpty();
        }
        assertThat(browser.findElements(By.id("dashboard-our-requests"))).as("no requester's section").isEmpty();
        assertThat(browser.findElements(By.id("dashboard-administration"))).as("no administration").isEmpty();
        assertThat(browser.findElements(By.id("dashboard-health-recompute"))).as("recompute is for admins").isEmpty();

        scrolledTo(By.id("dashboard-health-grid"));
        List<String> worstFirst = patiently().until(driver -> {
            List<String> names = healthOrder(TOP);
            return names.size() == TOP ? names : null;
        });
        clickWhenSettled(() -> sorter("dashboard-health-grid", "Organização"));
        List<String> byName = patiently().until(driver -> {
            List<String> names = healthOrder(TOP);
            return names.size() == TOP && !names.equals(worstFirst) ? names : null;
        });
        assertThat(byName).as("the first organisations by name").isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        assertThat(byName.getFirst()).as("the first by name")
                .isEqualTo(jdbc.queryForObject("select min(organisation_name) from relationship_health_organisations",
                        String.class));

        String organisation = byName.getFirst();
        clickWhenSettled(() -> scrolledTo(By.xpath("//*[@id='dashboard-health-grid']//a[contains(@class, "
                + "'health-organisation')][normalize-space(.)='" + organisation + "']")));
        patiently().until(ExpectedConditions.urlMatches("/inbox\\?organisation=\\d+$"));
        long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*organisation=", ""));
        assertThat(jdbc.queryForObject("select name from organisations where id = ?", String.class, id))
                .isEqualTo(organisation);
        patiently().until(driver -> ((List<?>) js("""
                return [...document.querySelectorAll('vaadin-combo-box input')].map(input => input.value);"""))
                .contains(organisation));
        assertThat(settledSize("inbox-grid")).as("open requests of %s in the inbox", organisation).isEqualTo(jdbc.queryForObject("""
                select count(*) from requests where organisation_id = ?
                and status in ('NEW', 'TRIAGED', 'PLANNED', 'IN_PROGRESS', 'WAITING_FOR_REQUESTER')""",
                Long.class, id));
    }

    @Test
    void the_administrator_reads_the_administration_in_portuguese_and_recomputes_the_relationship_health() {
        signInAndOpenHome("admin@ponte.test");
        assertThat(scrolledTo(By.id("dashboard-administration-title")).getText()).isEqualTo("Administração");
        for (String block : List.of("dashboard-organisation-quiet", "dashboard-notification-outbox",
                "dashboard-audit-refusals", "dashboard-organisation-never-signed-in", "dashboard-jobs")) {
            assertThat(browser.findElements(By.cssSelector("#dashboard-administration #" + block)))
                    .as(block).hasSize(1);
        }
        assertThat(scrolledTo(By.id("dashboard-relationships-title")).getText()).isEqualTo("Saúde do relacionamento");

        var before = computedAt();
        WebElement recompute = scrolledTo(By.id("dashboard-health-recompute"));
        assertThat(recompute.getText()).isEqualTo("Recalcular agora");
        clickWhenSettled(() -> scrolledTo(By.id("dashboard-health-recompute")));
        waitFor(By.xpath("//vaadin-notification-card[contains(., 'Os números foram recalculados')]"));
        assertThat(computedAt()).as("computed again").isAfter(before);
        assertThat(browser.findElement(By.id("dashboard-health")).getText()).contains("Números calculados");
    }

    @Test
    void on_a_phone_the_blocks_of_a_client_and_of_the_team_stack_and_nothing_scrolls_sideways() {
        for (String email : List.of("ana@aurora.test", "lead@ponte.test")) {
            signedOutAtTheDesk();
            signInAndOpenHome(email); // at the desk: the phone folds the navigation the sign-in waits for
            browser.manage().window().setSize(new Dimension(390, 844));
            browser.get(url(""));
            waitFor(By.cssSelector("#dashboard .dashboard-card"));
            // the last to settle: the health list's cards (a phone's), the chart's image
            scrolledTo(By.cssSelector(email.startsWith("lead") ? "#dashboard-health .health-row-card" : "#" + BY_STATUS
                    + " img.chart-image"));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> sections = (List<Map<String, Object>>) js("""
                    return [...document.querySelectorAll('#dashboard .dashboard-blocks')].map(grid => {
                        const cards = [...grid.children].filter(c => c.offsetParent !== null);
                        const lefts = new Set(cards.map(c => Math.round(c.getBoundingClientRect().left)));
                        const tops = cards.map(c => Math.round(c.getBoundingClientRect().top));
                        return {section: grid.parentElement.id, cards: cards.length, columns: lefts.size,
                            stacked: tops.every((top, i) => i === 0 || top > tops[i - 1]),
                            widest: Math.max(...cards.map(c => Math.ceil(c.getBoundingClientRect().right)))};
                    });""");
            long innerWidth = ((Number) js("return window.innerWidth;")).longValue();
            assertThat(sections).as("%s's sections", email).isNotEmpty().allSatisfy(section -> {
                assertThat(section.get("columns")).as("%s: one column", section).isEqualTo(1L);
                assertThat(section.get("stacked")).as("%s: one under the other", section).isEqualTo(true);
                assertThat(((Number) section.get("widest")).longValue()).as("%s: inside the screen", section)
                        .isLessThanOrEqualTo(innerWidth);
            });
            assertThat(((Number) js("return document.scrollingElement.scrollWidth;")).longValue())
                    .as("%s's dashboard at 390 px scrolls sideways", email).isLessThanOrEqualTo(innerWidth);
        }
    }

    private java.sql.Timestamp computedAt() {
        return jdbc.queryForObject("select computed_at from relationship_health_runs where id = 1",
                java.sql.Timestamp.class);
    }

    private void signInAndOpenHome(String email) {
        signIn(email, PASSWORD);
        waitFor(By.cssSelector("#main-nav vaadin-side-nav-item"));
        browser.get(url(""));
        waitFor(By.id("dashboard"));
    }

    /** A value's link (over its bar or in the table): its address, and its status, kind and value as written. */
    private record Bar(String href, String status, String kind, String value) {
    }

    /** The chart's image loaded and its bar links laid over it. */
    private List<WebElement> drawnChartWithBars(String chartId) {
        WebElement image = scrolledTo(By.cssSelector("#" + chartId + " img.chart-image"));
        assertThat(image.getAttribute("src")).startsWith("data:image/svg+xml;base64,");
        assertThat(image.getAttribute("alt")).isNotBlank();
        assertThat(browser.findElement(By.id(image.getAttribute("aria-describedby"))).getAttribute("textContent"))
                .isNotBlank();
        patiently().until(driver -> ((Number) js("return arguments[0].complete ? arguments[0].naturalWidth : 0;",
                image)).intValue() > 0);
        List<WebElement> bars = browser.findElements(By.cssSelector("#" + chartId + " a.chart-bar-link"));
        assertThat(bars).as("links over the bars").isNotEmpty().allSatisfy(bar -> {
            assertThat(bar.getSize().getWidth()).isPositive();
            assertThat(bar.getSize().getHeight()).isPositive();
            assertThat(bar.getDomAttribute("href")).matches("requests\\?(.+&)?status=[A-Z_]+(&.+)?")
                    .contains("kind=", "own=true");
        });
        return bars;
    }

    /** The bar with the highest value (the first of them), as its link names it. */
    private Bar largest(List<WebElement> bars, String suffix, Locale locale) {
        return bars.stream().map(link -> named(link, suffix))
                .max(java.util.Comparator.comparingLong(bar -> number(bar.value(), locale))).orElseThrow();
    }

    /** A value's link read from its name, "kind, status: value: show the list". */
    private Bar named(WebElement link, String suffix) {
        String label = link.getDomAttribute("aria-label");
        Matcher name = Pattern.compile("(.+), ([^:]+): ([^:]+)" + Pattern.quote(suffix)).matcher(label);
        assertThat(name.matches()).as("a value's link named by kind, status and value: %s", label).isTrue();
        return new Bar(link.getDomAttribute("href"), name.group(2), name.group(1), name.group(3));
    }

    private By barLink(Bar bar) {
        return By.cssSelector("#" + BY_STATUS + " a.chart-bar-link[href='" + bar.href() + "']");
    }

    /** Switches the chart to its table (not in the page until shown) and reads it. */
    private List<List<String>> showTable(String chartId) {
        clickWhenSettled(() -> scrolledTo(By.id(chartId + "-show-table")));
        waitFor(By.cssSelector("#" + chartId + "-table tbody tr"));
        return tableRows(chartId);
    }

    /** The status (row), kind (column) and value of the table's link to that address. */
    @SuppressWarnings("unchecked")
    private Bar tableCell(String chartId, String href) {
        var cell = (Map<String, String>) js("""
                const table = document.getElementById(arguments[0] + '-table');
                const anchor = [...table.querySelectorAll('a')].find(a => a.getAttribute('href') === arguments[1]);
                if (!anchor) {
                    return null;
                }
                const td = anchor.closest('td');
                const row = td.parentElement;
                return {status: row.querySelector('th').textContent.trim(),
                    kind: table.querySelectorAll('thead th')[[...row.children].indexOf(td)].textContent.trim(),
                    value: anchor.textContent.trim()};""", chartId, href);
        assertThat(cell).as("a link to %s in the table", href).isNotNull();
        return new Bar(href, cell.get("status"), cell.get("kind"), cell.get("value"));
    }

    /** "Our requests" open with the bar's status and kind chosen and listing as many requests as the bar said. */
    private void assertOurRequestsShow(Bar bar, Locale locale) {
        patiently().until(ExpectedConditions.urlContains(bar.href()));
        waitFor(By.id("requests-grid"));
        List<String> chosen = patiently().until(driver -> {
            List<String> shown = selectValues();
            return shown.stream().anyMatch(text -> text.startsWith(bar.status() + " (")) && shown.contains(bar.kind())
                    ? shown : null;
        });
        assertThat(chosen).as("the status filter counts what the bar did").contains(bar.status() + " (" + bar.value()
                + ")");
        assertThat(browser.findElement(By.id("requests-own-only")).getAttribute("checked")).isNotNull();
        assertThat(settledSize("requests-grid")).as("rows for %s", bar).isEqualTo(number(bar.value(), locale));
    }

    /** What the list's select boxes show (status with its count, kind). */
    @SuppressWarnings("unchecked")
    private List<String> selectValues() {
        return (List<String>) js("""
                return [...document.querySelectorAll('vaadin-select vaadin-select-value-button')]
                    .map(shown => shown.textContent.trim());""");
    }

    /** The number of rows a lazy grid holds once it has stopped loading and its size no longer moves. */
    private long settledSize(String gridId) {
        long[] last = {-1};
        return new WebDriverWait(browser, Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(400))
                .until(driver -> {
                    long now = ((Number) js("""
                            const grid = document.getElementById(arguments[0]);
                            return grid && !grid.loading && grid.size !== undefined ? grid.size : -1;""", gridId))
                            .longValue();
                    boolean settled = now >= 0 && now == last[0];
                    last[0] = now;
                    return settled ? now : null;
                });
    }

    /** The header row, then each category's row, as the table alternative shows them. */
    @SuppressWarnings("unchecked")
    private List<List<String>> tableRows(String chartId) {
        return (List<List<String>>) js("""
                return [...document.querySelectorAll('#' + arguments[0] + '-table tr')]
                    .map(row => [...row.children].map(cell => cell.textContent.trim()));""", chartId);
    }

    /** The CSV's rows are the table's: the same words, and the same numbers written plainly. */
    private void assertCsvHoldsTheTable(String csv, List<List<String>> table, Locale locale) throws IOException {
        List<List<String>> records = CSVFormat.EXCEL.parse(new StringReader(csv)).getRecords().stream()
                .map(CSVRecord::toList).toList();
        List<List<String>> plainTable = IntStream.range(0, table.size()).mapToObj(r -> IntStream
                .range(0, table.get(r).size()).mapToObj(c -> r == 0 || c == 0 ? table.get(r).get(c)
                        : Long.toString(number(table.get(r).get(c), locale))).toList()).toList();
        assertThat(records).isEqualTo(plainTable);
    }

    /** The first organisation names in the health grid, in the order it shows them; fewer while still loading. */
    @SuppressWarnings("unchecked")
    private List<String> healthOrder(int first) {
        return (List<String>) js("""
                const grid = document.getElementById('dashboard-health-grid');
                const names = [];
                const rows = [...grid.shadowRoot.querySelectorAll('tbody#items tr')].filter(row => !row.hidden);
                for (let index = 0; index < arguments[0]; index++) {
                    const row = rows.find(r => r.index === index);
                    const link = row && [...row.querySelectorAll('slot')].flatMap(slot => slot.assignedElements())
                        .map(cell => cell.querySelector('a.health-organisation')).find(a => a);
                    if (!link || !link.textContent.trim()) {
                        break;
                    }
                    names.push(link.textContent.trim());
                }
                return names;""", first);
    }

    /** A column's sort button in a grid's header, found by the column's header text. */
    private WebElement sorter(String gridId, String header) {
        return patiently().until(driver -> (WebElement) js("""
                return [...document.getElementById(arguments[0]).querySelectorAll('vaadin-grid-sorter')]
                    .find(sorter => sorter.textContent.trim() === arguments[1]) || null;""", gridId, header));
    }

    /** What a download link sends, fetched with the signed-in session: its content type, a line break, its text. */
    private String download(String href) {
        return String.valueOf(((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'})
                    .then(r => r.arrayBuffer().then(body => done(r.headers.get('content-type') + '\\n'
                        + new TextDecoder('utf-8', {ignoreBOM: true}).decode(body))))
                    .catch(e => done('failed: ' + e));
                """, href));
    }

    private String pageSource() {
        return String.valueOf(js("return document.body.innerHTML;"));
    }

    private static long number(String written, Locale locale) {
        try {
            return NumberFormat.getIntegerInstance(locale).parse(written).longValue();
        } catch (ParseException e) {
            throw new AssertionError("not a number: " + written, e);
        }
    }

    private static Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    private void clickWhenSettled(Supplier<WebElement> element) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .ignoring(ElementClickInterceptedException.class)
                .until(driver -> {
                    element.get().click();
                    return true;
                });
    }
}
