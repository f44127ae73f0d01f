package app.ponte.request.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.SignedIn;
import app.ponte.UiTest;
import app.ponte.organisation.DemoFixtures;
import app.ponte.request.RequestDraft;
import app.ponte.request.RequestIntake;
import app.ponte.request.RequestKind;
import app.ponte.request.RequestReading;
import app.ponte.request.RequestWorkflow;
import app.ponte.security.Role;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The request page after the team merged a duplicate from one organisation into another's original. */
class CrossOrganisationMergeViewTest extends UiTest {

    @Autowired
    DemoFixtures fixtures;
    @Autowired
    RequestIntake intake;
    @Autowired
    RequestReading reading;
    @Autowired
    RequestWorkflow workflow;

    @Test
    void the_duplicates_organisation_opens_the_original_as_a_supporter_and_a_third_organisation_finds_nothing() {
        String originalRequester = fixtures.newMember(fixtures.newClient(), Role.CLIENT);
        String duplicateRequester = fixtures.newMember(fixtures.newClient(), Role.CLIENT);
        String outsider = fixtures.newMember(fixtures.newClient(), Role.CLIENT);
        long original = SignedIn.as(users, originalRequester, () -> intake.file(RequestDraft.simple(
                RequestKind.QUESTION, "Shipping labels in Portuguese", "Our warehouse in Porto reads them.")));
        long duplicate = SignedIn.as(users, duplicateRequester, () -> intake.file(RequestDraft.simple(
                RequestKind.QUESTION, "Portuguese labels", "Same for our Lisbon shop.")));
        SignedIn.run(users, "lead@ponte.test", () -> workflow.markDuplicate(duplicate, original, null,
                reading.details(duplicate).version()));

        signInAs(outsider);
        UI.getCurrent().navigate("requests/" + original);
        assertThat(getCurrentView()).isNotInstanceOf(RequestView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Page not found")
                .doesNotContain("Shipping labels");

        signInAs(duplicateRequester);
        RequestView page = navigate("requests/" + original, RequestView.class);
        assertThat(page.full.isVisible()).isFalse();
        assertThat(page.sharedPanel.heading.getText()).isEqualTo("Shipping labels in Portuguese");
        assertThat(page.sharedPanel.intro.getText()).startsWith("Your organisation supports this request");
        assertThat(page.sharedPanel.getElement().getTextRecursively()).doesNotContain(originalRequester);
    }
}
