package app.ponte.feedback.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.UiTest;
import app.ponte.feedback.FeedbackAnswer;
import app.ponte.feedback.FeedbackFixtures;
import app.ponte.feedback.FeedbackFixtures.Client;
import app.ponte.feedback.FeedbackForms;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The satisfaction page: the team reads every organisation and the follow-ups; a client admin its own answers. */
class SatisfactionViewTest extends UiTest {

    @Autowired
    FeedbackFixtures fixtures;
    @Autowired
    FeedbackForms forms;

    @Test
    void the_team_sees_a_low_answer_among_the_open_follow_ups_and_the_organisations_month() {
        Client client = fixtures.newClient();
        fixtures.deliveredRequest(client, "Nothing works");
        forms.answer(fixtures.tokenIn(fixtures.mailTo(client.email())), new FeedbackAnswer(1, "Very bad.", false),
                "192.0.2.44");
        signInAs(FeedbackFixtures.TEAM);

        var view = navigate(SatisfactionView.class);
        view.tabs.show(2);
        var followUps = find(FollowUpsPanel.class).single();
        var row = test(followUps.grid).size();

        assertThat(row).isPositive();
        assertThat(view.ratings.months.getListDataView().getItems()
                .filter(rating -> rating.organisationName().equals(client.name()))).hasSize(1);
    }

    @Test
    void a_client_admin_reads_the_answers_of_its_own_organisation_only_and_no_follow_ups() {
        Client client = fixtures.newClient();
        Client other = fixtures.newClient();
        fixtures.deliveredRequest(client, "Own request");
        fixtures.deliveredRequest(other, "Other request");
        forms.answer(fixtures.tokenIn(fixtures.mailTo(client.email())), new FeedbackAnswer(4, "Fine.", true), "192.0.2.45");
        forms.answer(fixtures.tokenIn(fixtures.mailTo(other.email())), new FeedbackAnswer(5, "Secret.", true), "192.0.2.45");
        signInAs(client.email());

        var view = navigate(SatisfactionView.class);

        assertThat(find(FollowUpsPanel.class).exists()).isFalse();
        assertThat(view.organisation.isAttached()).isFalse();
        Grid<app.ponte.feedback.AnswerRow> answers = view.answers;
        assertThat(test(answers).size()).isEqualTo(1);
        assertThat(test(answers).getRow(0).comment()).isEqualTo("Fine.");
    }
}
