package app.ponte.feedback.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.UiTest;
import app.ponte.feedback.FeedbackFixtures;
import app.ponte.feedback.FeedbackFixtures.Client;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The public feedback page, opened from the e-mail's link without signing in. */
class FeedbackPageTest extends UiTest {

    @Autowired
    FeedbackFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_page_shows_only_the_requests_title_in_the_recipients_language_and_takes_the_answer() {
        Client client = fixtures.newClient();
        long request = fixtures.deliveredRequest(client, "Checkout times out");
        String token = fixtures.tokenIn(fixtures.mailTo(client.email()));

        var view = navigate("feedback/" + token, FeedbackPageView.class);
        String page = view.getElement().getTextRecursively();
        assertThat(find(H2.class).id(FeedbackPageView.HEADING_ID).getText()).isEqualTo("Como foi com “Checkout times out”?");
        assertThat(page).doesNotContain("It fails.", client.name(), "Beatriz", "Orders API");

        var form = find(FeedbackFormPanel.class).single();
        test(form.send).click();
        assertThat(form.score.isInvalid()).isTrue();
        form.score.setValue(4);
        form.resolved.setValue(true);
        test(form.comment).setValue("Rápido.");
        test(form.send).click();

        assertThat(find(Paragraph.class).id(FeedbackFormPanel.THANKS_ID).getText()).isEqualTo("Obrigado! Sua resposta foi salva.");
        assertThat(jdbc.queryForObject("select score from feedback_forms where request_id = ?", Integer.class, request))
                .isEqualTo(4);
    }

    @Test
    void the_link_opened_again_after_the_answer_thanks_in_the_recipients_language_instead_of_asking_twice() {
        Client client = fixtures.newClient();
        fixtures.deliveredRequest(client, "Slow dashboard");
        String token = fixtures.tokenIn(fixtures.mailTo(client.email()));
        navigate("feedback/" + token, FeedbackPageView.class);
        var form = find(FeedbackFormPanel.class).single();
        form.score.setValue(5);
        form.resolved.setValue(true);
        test(form.send).click();

        navigate("feedback/" + token, FeedbackPageView.class);

        assertThat(find(FeedbackFormPanel.class).exists()).isFalse();
        assertThat(find(Div.class).id(FeedbackProblemPanel.ID).getElement().getTextRecursively())
                .startsWith("Você já respondeu em").endsWith("obrigado.");
    }

    @Test
    void a_tampered_link_gets_a_clear_page_and_no_form() {
        navigate("feedback/not-a-real-token-at-all", FeedbackPageView.class);

        assertThat(find(FeedbackFormPanel.class).exists()).isFalse();
        assertThat(find(Div.class).id(FeedbackProblemPanel.ID).getElement().getTextRecursively())
                .contains("not valid");
    }
}
