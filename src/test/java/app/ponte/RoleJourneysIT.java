package app.ponte;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.organisation.DemoFixtures;
import app.ponte.organisation.Members;
import app.ponte.security.Role;
import app.ponte.security.SystemAuthentication;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The critical journey of every role in a real browser: sign in, see the navigation the role is
 * meant to have, and be refused a view of a higher role.
 */
class RoleJourneysIT extends BrowserJourney {

    @Autowired
    DemoFixtures fixtures;
    @Autowired
    Members members;

    @BeforeEach
    void signedOut() {
        browser.get(url("login"));
        browser.manage().deleteAllCookies();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "admin@ponte.test;     Início|Caixa de entrada|Backlog|Conflitos|Roadmap|Promessas|Novidades|Satisfação|Reuniões|Ações combinadas|Relatórios de progresso|Organizações|Sistemas|Janelas de congelamento|Priorização e capacidade|SLA|Cumprimento do SLA|Plantão|Membros|Trilha de auditoria|Caixa de saída; ",
            "lead@ponte.test;      Início|Caixa de entrada|Backlog|Conflitos|Roadmap|Promessas|Novidades|Satisfação|Reuniões|Ações combinadas|Relatórios de progresso|Organizações|Sistemas|Janelas de congelamento|Priorização e capacidade|SLA|Cumprimento do SLA|Plantão; members",
            "marketing@ponte.test; Início|Nossos pedidos|Roadmap|Promessas|Novidades|Satisfação|Reuniões|Ações combinadas|Relatórios de progresso|Janelas de congelamento|Cumprimento do SLA; organisations",
            "ana@aurora.test;      Home|Our requests|Roadmap|Promises|Changelog|Satisfaction|Meetings|Action items|Progress reports|Freeze windows|SLA attainment|Members; inbox",
            "leo@aurora.test;      Home|Our requests|Roadmap|Promises|Changelog|Meetings|Action items|Progress reports|Freeze windows|SLA attainment; members"})
    void each_role_sees_its_navigation_and_is_refused_higher_views(String email, String navigation,
            String refusedPath) {
        signIn(email, "ponte-demo-2026");

        assertThat(navigationLabels()).containsExactly(navigation.split("\\|"));

        if (refusedPath != null) {
            browser.get(url(refusedPath));
            WebElement refusal = waitFor(By.cssSelector("#not-found, #access-denied"));
            assertThat(refusal.getText()).isNotBlank();
            assertThat(browser.findElements(By.cssSelector("vaadin-grid"))).isEmpty();
        }
    }

    @Test
    void a_wrong_password_is_answered_with_a_translated_message_and_no_session() {
        signIn("leo@aurora.test", "certainly-not-it");

        // The message sits in the login form's shadow DOM: read what the form shows from its state.
        String shown = new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> (String)
                ((JavascriptExecutor) driver).executeScript("""
                        const form = document.querySelector('vaadin-login-form');
                        return form && form.error ? form.i18n.errorMessage.message : null;"""));
        assertThat(shown).startsWith("The e-mail or the password is not correct, or the account is not active.");
        assertThat(browser.getCurrentUrl()).contains("error=credentials");
        browser.get(url("members"));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/login"));
    }

    @Test
    void signing_in_replaces_the_session_id_and_signing_out_ends_the_session() {
        browser.get(url("login"));
        waitFor(By.cssSelector("#vaadinLoginUsername input"));
        Cookie before = browser.manage().getCookieNamed("JSESSIONID");

        signIn("ana@aurora.test", "ponte-demo-2026");
        navigationLabels();
        Cookie after = browser.manage().getCookieNamed("JSESSIONID");
        assertThat(after).isNotNull();
        assertThat(after.getValue()).isNotEqualTo(before == null ? null : before.getValue());

        waitFor(By.id("user-menu")).findElement(By.cssSelector("vaadin-menu-bar-button")).click();
        waitFor(By.xpath("//vaadin-menu-bar-item[contains(., 'Sign out')]")).click();

        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/login"));
        browser.get(url("members"));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/login"));
    }

    @Test
    void a_consultant_switches_to_their_other_client_from_the_user_menu() {
        signIn("nina@partner.test", "ponte-demo-2026");
        assertThat(waitFor(By.id("home-organisation")).getText()).contains("Aurora Commerce");

        switchToMeridian();
    }

    @Test
    void a_change_to_one_membership_ends_only_the_session_working_in_that_organisation() {
        String consultant = fixtures.newMember("Aurora Commerce", Role.CLIENT);
        SystemAuthentication.runAsAdmin(() -> members.addMembership(fixtures.accountId(consultant),
                fixtures.organisationId("Meridian Bank"), Role.CLIENT));
        signIn(consultant, DemoFixtures.PASSWORD);
        assertThat(waitFor(By.id("home-organisation")).getText()).contains("Aurora Commerce");
        switchToMeridian();

        changeRole(consultant, "Aurora Commerce");
        browser.get(url(""));
        assertThat(waitFor(By.id("home-organisation")).getText()).contains("Meridian Bank");

        changeRole(consultant, "Meridian Bank");
        browser.get(url(""));
        waitFor(By.cssSelector("#vaadinLoginUsername input"));
    }

    private void switchToMeridian() {
        waitFor(By.id("user-menu")).findElement(By.cssSelector("vaadin-menu-bar-button")).click();
        waitFor(By.xpath("//vaadin-menu-bar-item[contains(., 'Switch organisation')]")).click();
        waitFor(By.xpath("//vaadin-menu-bar-item[contains(., 'Meridian Bank')]")).click();
        waitFor(By.xpath("//vaadin-button[normalize-space(.)='Switch']")).click();

        new WebDriverWait(browser, Duration.ofSeconds(20)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("home-organisation"), "Meridian Bank"));
    }

    /** An administrator makes the person client admin in that organisation (from elsewhere, as the system). */
    private void changeRole(String email, String organisation) {
        long membership = fixtures.membershipId(email, organisation);
        SystemAuthentication.runAsAdmin(() -> {
            members.changeRole(membership, Role.CLIENT_ADMIN, fixtures.membershipVersion(membership));
            return null;
        });
    }

    private List<String> navigationLabels() {
        waitFor(By.cssSelector("#main-nav vaadin-side-nav-item"));
        return browser.findElements(By.cssSelector("#main-nav vaadin-side-nav-item")).stream()
                .map(WebElement::getText).map(String::strip).toList();
    }

}
