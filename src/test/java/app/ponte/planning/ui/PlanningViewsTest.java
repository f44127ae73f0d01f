package app.ponte.planning.ui;

import static app.ponte.planning.PlanningFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.SignedIn;
import app.ponte.UiTest;
import app.ponte.planning.BacklogRow;
import app.ponte.planning.CapacityEntry;
import app.ponte.planning.ConflictHandling;
import app.ponte.planning.ConflictRow;
import app.ponte.planning.PlanningFixtures;
import app.ponte.planning.TeamCapacities;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.math.BigDecimal;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The backlog board, the conflicts view, the ranking settings and the request page's planning part. */
class PlanningViewsTest extends UiTest {

    @Autowired
    PlanningFixtures fixtures;
    @Autowired
    TeamCapacities capacities;

    @Test
    void the_lead_moves_a_request_to_the_top_with_a_reason_after_seeing_what_slips() {
        long id = fixtures.change("hr@ponte.test", "Leave calendar feed", today().plusDays(90), "Employee directory");
        signInAs("lead@ponte.test");
        BacklogView view = navigate(BacklogView.class);
        view.system.setValue(view.system.getListDataView().getItems()
                .filter(s -> s.name().equals("Employee directory")).findFirst().orElseThrow());
        var rows = test(view.grid);
        int row = IntStream.range(0, rows.size()).filter(i -> rows.getRow(i).requestId() == id).findFirst()
                .orElseThrow();
        rows.select(row);
        test(view.move).click();
        roundTrip();

        view.dialog.position.setValue(1);
        test(view.dialog.save).click();
        assertThat(view.dialog.reason.isInvalid()).isTrue();
        assertThat(view.dialog.reason.getErrorMessage()).startsWith("Say why it moves");

        test(view.dialog.preview).click();
        assertThat(view.dialog.slips.getChildren()).isNotEmpty();
        test(view.dialog.reason).setValue("The works council asked for it this month");
        test(view.dialog.save).click();

        assertThat(view.dialog.isOpened()).isFalse();
        BacklogRow first = test(view.grid).getRow(0);
        assertThat(first.requestId()).isEqualTo(id);
        assertThat(first.placedManually()).isTrue();
        assertThat(first.lastMove().reason()).isEqualTo("The works council asked for it this month");
    }

    @Test
    void the_team_accepts_a_conflicts_risk_only_with_a_note() {
        fixtures.freeze("Sales", "Real-time reporting", today().plusDays(340), today().plusDays(344), "Board visit");
        long id = fixtures.change("marketing@ponte.test", "Board visit screen", today().plusDays(342),
                "Real-time reporting");
        signInAs("lead@ponte.test");
        ConflictsView view = navigate(ConflictsView.class);
        var rows = test(view.grid);
        int row = IntStream.range(0, rows.size()).filter(i -> rows.getRow(i).requestId() == id).findFirst()
                .orElseThrow();
        ConflictRow conflict = rows.getRow(row);
        assertThat(view.why(conflict)).contains("Marketing", "Sales", "Real-time reporting", "Board visit");
        rows.select(row);

        test(view.acceptRisk).click();
        assertThat(view.note.isInvalid()).isTrue();
        assertThat(view.note.getErrorMessage()).isEqualTo("Say why the risk is acceptable.");

        test(view.note).setValue("Only a read-only screen");
        test(view.acceptRisk).click();
        assertThat(view.message.getText()).isEqualTo("Saved.");
        var after = test(view.grid);
        assertThat(IntStream.range(0, after.size()).mapToObj(after::getRow).filter(r -> r.requestId() == id)
                .findFirst().orElseThrow().handling()).isEqualTo(ConflictHandling.RISK_ACCEPTED);
    }

    @Test
    void weights_out_of_bounds_are_refused_on_their_field_and_capacity_is_set_per_person() {
        signInAs("admin@ponte.test");
        PlanningSettingsView view = navigate(PlanningSettingsView.class);
        view.urgency.setValue(7);
        test(view.saveWeights).click();
        assertThat(view.urgency.isInvalid()).isTrue();
        assertThat(view.urgency.getErrorMessage()).isEqualTo("Each weight goes from 0 to 5.");

        var people = test(view.capacity);
        int diana = IntStream.range(0, people.size()).filter(i -> people.getRow(i).email().equals("dev@ponte.test"))
                .findFirst().orElseThrow();
        CapacityEntry before = people.getRow(diana);
        try {
            people.select(diana);
            view.days.setValue(new BigDecimal("5.5"));
            test(view.saveDays).click();
            assertThat(view.days.isInvalid()).isTrue();
            view.days.setValue(new BigDecimal("2.5"));
            test(view.saveDays).click();
            assertThat(view.capacityMessage.getText()).startsWith("The team now gives");
            assertThat(test(view.capacity).getRow(diana).daysPerWeek()).isEqualByComparingTo("2.5");
        } finally {
            // The team's capacity is shared by every test: give Diana her days back.
            SignedIn.run(users, "admin@ponte.test", () -> capacities.set(before.accountId(), before.daysPerWeek(),
                    capacities.list().stream().filter(c -> c.accountId() == before.accountId()).findFirst()
                            .orElseThrow().version()));
        }
    }

    @Test
    void a_team_member_may_tune_capacity_but_not_the_weights() {
        signInAs("lead@ponte.test");
        PlanningSettingsView view = navigate(PlanningSettingsView.class);

        assertThat(view.reach.getParent().orElseThrow().getElement().isEnabled()).isFalse();
        assertThat(view.saveDays.isEnabled()).isTrue();
    }

    @Test
    void the_request_page_shows_the_team_the_score_and_the_requester_a_plain_words_conflict_notice() {
        fixtures.freeze("Sales", "Real-time reporting", today().plusDays(350), today().plusDays(352), "Visit");
        long id = fixtures.change("marketing@ponte.test", "Visit board", today().plusDays(351), "Real-time reporting");

        signInAs("lead@ponte.test");
        UI.getCurrent().navigate("requests/" + id);
        assertThat($(Div.class).id("score-panel").getElement().getTextRecursively()).contains("Position",
                "Reach", "points");

        signInAs("marketing@ponte.test");
        UI.getCurrent().navigate("requests/" + id);
        assertThat($(Div.class).withId("score-panel").exists()).isFalse();
        assertThat($(Div.class).id("conflict-notices").getElement().getTextRecursively())
                .contains("another organisation has frozen Real-time reporting")
                .doesNotContain("Sales");
    }
}
