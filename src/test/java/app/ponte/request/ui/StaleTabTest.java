package app.ponte.request.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.ponte.SignedIn;
import app.ponte.UiTest;
import app.ponte.catalogue.FreezeWindowDraft;
import app.ponte.catalogue.FreezeWindows;
import app.ponte.organisation.ActiveOrganisation;
import app.ponte.organisation.DemoFixtures;
import app.ponte.organisation.Members;
import app.ponte.request.RequestDraft;
import app.ponte.request.RequestFilter;
import app.ponte.request.RequestIntake;
import app.ponte.request.RequestKind;
import app.ponte.request.RequestLists;
import app.ponte.request.RequestReading;
import app.ponte.request.RequestSummary;
import app.ponte.request.RequestSupport;
import app.ponte.request.RequestWorkflow;
import app.ponte.security.OrganisationChangedException;
import app.ponte.security.PonteUser;
import app.ponte.security.Role;
import app.ponte.security.SystemAuthentication;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * A page left open in one tab while the person switches organisation in another: the switch changes the
 * session, so the stale page's next change would land in the new organisation under the old page. It is
 * refused instead, and a page opened after the switch works in the new organisation.
 */
class StaleTabTest extends UiTest {

    @Autowired
    DemoFixtures fixtures;
    @Autowired
    Members members;
    @Autowired
    ActiveOrganisation otherTab;
    @Autowired
    RequestIntake intake;
    @Autowired
    RequestLists lists;
    @Autowired
    RequestReading reading;
    @Autowired
    RequestSupport support;
    @Autowired
    RequestWorkflow workflow;
    @Autowired
    FreezeWindows freezeWindows;

    private String first;
    private String second;
    private String person;

    @BeforeEach
    void aPersonWorkingForTwoClients() {
        first = fixtures.newClient();
        second = fixtures.newClient();
        person = "two-tabs-" + UUID.randomUUID() + "@ponte.test";
        SystemAuthentication.runAsAdmin(() -> {
            long account = members.createAccount(person, "Tab Person", DemoFixtures.PASSWORD, "en", ZoneId.of("UTC"));
            members.addMembership(account, fixtures.organisationId(first), Role.CLIENT_ADMIN);
            return members.addMembership(account, fixtures.organisationId(second), Role.CLIENT_ADMIN);
        });
        signInAs(person);
        // Switching stores the principal in the session, where it outlives any other signed-in test user: the
        // organisation the person starts in is read rather than switched to.
        String startsIn = ((PonteUser) users.loadUserByUsername(person)).requireActive().organisationName();
        if (!startsIn.equals(first)) {
            second = first;
            first = startsIn;
        }
    }

    @Test
    void a_request_form_opened_before_a_switch_in_another_tab_files_nothing_and_keeps_what_was_typed() {
        NewRequestView form = navigate(NewRequestView.class);
        fill(form, "Invoices in the wrong currency");

        otherTab.switchTo(fixtures.membershipId(person, second));
        Throwable refused = catchThrowable(() -> test(form.file).click());

        assertThat(refused).isInstanceOf(OrganisationChangedException.class);
        assertThat(((OrganisationChangedException) refused).openedName()).isEqualTo(first);
        assertThat(((OrganisationChangedException) refused).activeName()).isEqualTo(second);
        assertThat(getCurrentView()).isSameAs(form);
        assertThat(form.title.getValue()).isEqualTo("Invoices in the wrong currency");
        assertThat(form.problem.getValue()).isEqualTo("Totals show dollars for our euro customers.");
        assertThat(titlesOfActiveOrganisation()).doesNotContain("Invoices in the wrong currency");

        NewRequestView reloaded = navigate(NewRequestView.class);
        fill(reloaded, "Invoices in the wrong currency");
        test(reloaded.file).click();

        assertThat(getCurrentView()).isInstanceOf(RequestView.class);
        assertThat(titlesOfActiveOrganisation()).containsOnlyOnce("Invoices in the wrong currency");
        otherTab.switchTo(fixtures.membershipId(person, first));
        assertThat(titlesOfActiveOrganisation()).doesNotContain("Invoices in the wrong currency");
    }

    @Test
    void support_and_freeze_windows_from_a_page_opened_before_the_switch_are_refused_and_nothing_is_recorded() {
        long shared = SignedIn.as(users, "leo@aurora.test", () -> intake.file(RequestDraft.simple(RequestKind.QUESTION,
                "Stale tab idea " + UUID.randomUUID(), "Seen from two tabs.")));
        SignedIn.run(users, "lead@ponte.test", () -> workflow.share(shared, true, reading.details(shared).version()));
        UI.getCurrent().navigate("requests/" + shared);

        otherTab.switchTo(fixtures.membershipId(person, second));

        assertThat(catchThrowable(() -> support.support(shared, "We need it in this organisation")))
                .isInstanceOf(OrganisationChangedException.class);
        assertThat(catchThrowable(() -> freezeWindows.declare(new FreezeWindowDraft(null, null,
                LocalDate.of(2031, 3, 1), LocalDate.of(2031, 3, 5), "Quarter close"))))
                .isInstanceOf(OrganisationChangedException.class);
        assertThat(support.shared(shared).ownImpact()).isNull();
        assertThat(support.shared(shared).supporters()).isZero();
    }

    private void fill(NewRequestView form, String title) {
        test(form.kind).selectItem(form.kind.getItemLabelGenerator().apply(RequestKind.QUESTION));
        test(form.title).setValue(title);
        test(form.problem).setValue("Totals show dollars for our euro customers.");
    }

    private List<String> titlesOfActiveOrganisation() {
        return lists.ours(RequestFilter.ALL, PageRequest.of(0, 50)).getContent().stream().map(RequestSummary::title)
                .toList();
    }
}
