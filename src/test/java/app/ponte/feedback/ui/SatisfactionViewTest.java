package app.ponte.feedback.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.UiTest;
import app.ponte.feedback.FeedbackAnswer;
import app.ponte.feedback.FeedbackFixtures;
import app.ponte.feedback.FeedbackFixtures.Client;
import app.ponte.feedback.FeedbackForms;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.data.renderer.LitRenderer;
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

    @Test
    void a_client_admin_without_any_answer_reads_on_every_table_what_it_would_show_and_why_it_is_empty() {
        Client client = fixtures.newClient();
        signInAs(client.email());

        var view = navigate(SatisfactionView.class);

        assertThat(find(H2.class).all()).extracting(H2::getText).contains("Satisfaction");
        assertThat(test(view.answers).size()).isZero();
        assertThat(view.answers.getEmptyStateText()).isEqualTo("No answers from your organisation yet. They appear here "
                + "when one of you rates a delivery or answers the relationship survey.");
        assertThat(view.ratings.months.getListDataView().getItemCount()).isZero();
        assertThat(view.ratings.months.getEmptyStateText()).startsWith("No ratings from your organisation in the last 12 months.");
        assertThat(view.ratings.surveys.getListDataView().getItemCount()).isZero();
        assertThat(view.ratings.surveys.getEmptyStateText())
                .startsWith("No relationship survey answers from your organisation in the last 12 months.");
    }

    @Test
    void the_teams_follow_ups_and_an_admins_survey_schedule_say_why_when_they_are_empty() {
        signInAs("admin@ponte.test");
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.UK);

        var view = navigate(SatisfactionView.class);
        view.tabs.show(2);
        var followUps = find(FollowUpsPanel.class).single();
        view.tabs.show(3);
        var schedules = find(SchedulesPanel.class).single();

        assertThat(followUps.grid.getEmptyStateText()).isEqualTo(
                "No open follow-ups. A rating of 2 or less, or a survey answer of 6 or less, opens one here.");
        assertThat(schedules.grid.getEmptyStateText())
                .startsWith("No departments or clients to survey yet.");
        assertThat(view.ratings.members.getEmptyStateText()).startsWith("No ratings of team members in the last 12 months.");
    }

    @Test
    void on_a_phone_the_ratings_are_cards_that_wrap_and_the_survey_schedule_keeps_its_change_button() {
        Client client = fixtures.newClient();
        fixtures.deliveredRequest(client, "Phone cards");
        forms.answer(fixtures.tokenIn(fixtures.mailTo(client.email())), new FeedbackAnswer(4, null, true), "192.0.2.46");
        signInAs("admin@ponte.test");
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.UK);
        var view = navigate(SatisfactionView.class);
        view.tabs.show(3);
        var schedules = find(SchedulesPanel.class).single();

        view.ratings.narrow(true);
        schedules.narrow(true);

        assertThat(view.ratings.months.getColumns()).filteredOn(Grid.Column::isVisible)
                .containsExactly(view.ratings.monthCard);
        var month = view.ratings.months.getListDataView().getItems()
                .filter(rating -> rating.organisationName().equals(client.name())).findFirst().orElseThrow();
        assertThat(cell(view.ratings.monthCard, "title", month)).endsWith(" · " + client.name());
        assertThat(cell(view.ratings.monthCard, "figures", month)).isEqualTo("Average 4.0 · one answer");
        assertThat(schedules.grid.getColumns()).filteredOn(Grid.Column::isVisible)
                .containsExactly(schedules.card, schedules.change);
        view.ratings.narrow(false);
        assertThat(view.ratings.months.getColumns()).filteredOn(Grid.Column::isVisible)
                .doesNotContain(view.ratings.monthCard).hasSize(4);
    }

    @SuppressWarnings("unchecked")
    private static <T> String cell(Grid.Column<T> column, String property, T row) {
        return String.valueOf(((LitRenderer<T>) column.getRenderer()).getValueProviders().get(property).apply(row));
    }
}
