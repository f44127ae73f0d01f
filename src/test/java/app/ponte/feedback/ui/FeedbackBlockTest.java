package app.ponte.feedback.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.UiTest;
import app.ponte.dashboard.ui.DashboardCard;
import app.ponte.feedback.FeedbackFixtures;
import app.ponte.feedback.FeedbackFixtures.Client;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The feedback forms waiting for a requester's answer, on their dashboard. */
class FeedbackBlockTest extends UiTest {

    @Autowired
    FeedbackFixtures fixtures;

    /** Opens the home page afresh (navigating to the page shown already would keep the earlier viewer's blocks). */
    private void home() {
        UI.getCurrent().navigate("action-items");
        UI.getCurrent().navigate("");
    }

    @Test
    void a_requester_is_shown_the_delivery_to_rate_linking_to_its_request() {
        Client client = fixtures.newClient();
        long request = fixtures.deliveredRequest(client, "Stock sync");

        signInAs(client.email());
        home();

        DashboardCard card = find(DashboardCard.class).id(FeedbackWaitingBlock.ID);
        assertThat(card.getElement().getTextRecursively()).contains("Stock sync");
        assertThat(find(Anchor.class).all()).extracting(Anchor::getHref).contains("requests/" + request);
    }

    @Test
    void nothing_is_shown_when_no_form_waits() {
        Client client = fixtures.newClient();
        fixtures.deliveredRequest(client, "Price feed");

        signInAs(fixtures.plainMember(client));
        home();

        assertThat(find(DashboardCard.class).all()).extracting(card -> card.getId().orElse(""))
                .isNotEmpty().doesNotContain(FeedbackWaitingBlock.ID);
    }
}
