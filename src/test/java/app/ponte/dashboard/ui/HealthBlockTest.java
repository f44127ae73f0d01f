package app.ponte.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.UiTest;
import app.ponte.base.ui.ViewerTime;
import app.ponte.dashboard.FakeSignal;
import app.ponte.dashboard.HealthFixtures;
import app.ponte.dashboard.HealthRow;
import app.ponte.dashboard.RelationshipHealth;
import app.ponte.dashboard.RelationshipSignal.ValueFormat;
import app.ponte.dashboard.ServedOrganisationDirectory;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class HealthBlockTest extends UiTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ServedOrganisationDirectory directory;
    @Autowired
    ViewerTime viewerTime;

    @AfterEach
    void restoreTheRealSignals() {
        HealthFixtures.restore(context);
    }

    @Test
    void the_team_sees_the_relationship_health_list_without_the_recompute_button() {
        signInAs("lead@ponte.test");
        navigate("", VerticalLayout.class);

        assertThat($(HealthCard.class).id(HealthCard.ID).getElement().getTextRecursively())
                .contains("How each relationship is going", "Figures computed");
        assertThat($(Button.class).withId(HealthCard.ID + "-recompute").exists()).isFalse();
    }

    @Test
    void an_administrator_sees_the_list_and_recomputes_it_on_demand() {
        signInAs("admin@ponte.test");
        navigate("", VerticalLayout.class);
        Button recompute = $(Button.class).id(HealthCard.ID + "-recompute");

        assertThat(recompute.getText()).isEqualTo("Recompute now");
        test(recompute).click();

        assertThat($(Notification.class).last().getElement().getProperty("text", ""))
                .isEqualTo("The figures were computed again");
        assertThat($(HealthCard.class).id(HealthCard.ID).getElement().getTextRecursively())
                .containsOnlyOnce("Figures computed");
    }

    @Test
    void requesters_have_no_relationship_health_list_on_their_home() {
        for (String requester : List.of("ana@aurora.test", "marketing@ponte.test")) {
            signInAs(requester);
            navigate("", VerticalLayout.class);

            assertThat($(HealthCard.class).exists()).as(requester).isFalse();
        }
    }

    @Test
    void each_value_reads_with_the_word_for_its_level_and_the_organisation_leads_to_its_requests() {
        signInAs("lead@ponte.test");
        navigate("", VerticalLayout.class);
        HealthCard card = cardWithFakeSignals();
        Grid<HealthRow> grid = card.grid;
        test(grid).sortByColumn("test.open", SortDirection.ASCENDING);

        assertThat(test(grid).getRow(0).organisationName()).isEqualTo("Aurora Commerce");
        assertThat(cell(grid, 0, "test.open")).isEqualTo("7Going wrong");
        assertThat(cell(grid, 1, "test.open")).isEqualTo("4Watch");
        assertThat(cell(grid, 2, "test.open")).isEqualTo("1Fine");
        assertThat(cell(grid, 0, "test.trend")).isEqualTo("-0.6Going wrong");
        assertThat(cell(grid, 1, "test.trend")).isEqualTo("+0.3Fine");
        assertThat(cell(grid, 0, "test.review")).isEqualTo("45 daysWatch");
        assertThat(cell(grid, 3, "test.open")).isEqualTo("None");
        Anchor link = (Anchor) test(grid).getCellComponent(0, HealthCard.NAME);
        assertThat(link.getHref()).isEqualTo("inbox?organisation=" + id("Aurora Commerce"));
    }

    @Test
    void every_column_sorts_on_the_server_worst_or_best_first_with_organisations_without_a_value_last() {
        signInAs("lead@ponte.test");
        navigate("", VerticalLayout.class);
        Grid<HealthRow> grid = cardWithFakeSignals().grid;

        // a signal's first click (ascending) puts the worst first, its second the best, those without a value last
        test(grid).sortByColumn("test.open", SortDirection.ASCENDING);
        assertThat(names(grid).subList(0, 3)).containsExactly("Aurora Commerce", "Meridian Bank", "Sales");
        test(grid).sortByColumn("test.open", SortDirection.DESCENDING);
        assertThat(names(grid).subList(0, 3)).containsExactly("Sales", "Meridian Bank", "Aurora Commerce");

        test(grid).sortByColumn("test.trend", SortDirection.ASCENDING);
        assertThat(names(grid).subList(0, 2)).containsExactly("Aurora Commerce", "Meridian Bank");
        assertThat(grid.getColumnByKey("test.trend").isSortable()).isTrue();

        test(grid).sortByColumn(HealthCard.NAME, SortDirection.ASCENDING);
        assertThat(names(grid)).isSorted();
    }

    @Test
    void the_rules_with_their_thresholds_are_listed_below_the_list() {
        signInAs("lead@ponte.test");
        navigate("", VerticalLayout.class);
        HealthCard card = cardWithFakeSignals();

        UnorderedList rules = (UnorderedList) card.getChildren().flatMap(c -> c.getChildren())
                .flatMap(c -> c.getChildren()).filter(c -> c.getId().orElse("").equals(HealthCard.ID + "-rules"))
                .findFirst().orElseThrow();
        assertThat(rules.getChildren().map(item -> ((ListItem) item).getText()))
                .containsExactly("Overall: how many signals are going wrong, then how many to watch; sorting by it "
                                + "puts the relationships in the worst state first",
                        "Queue: Impact goes from 3 to 6.", "Queue: Impact goes from -0.2 to -0.5.",
                        "Queue: Impact goes from 30 to 60.");
    }

    @Test
    void on_a_phone_each_organisation_is_a_card_of_labelled_values() {
        signInAs("lead@ponte.test");
        navigate("", VerticalLayout.class);
        HealthCard card = cardWithFakeSignals();

        card.narrow(true);

        assertThat(card.grid.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey))
                .containsExactly(HealthCard.CARD);
        assertThat(test(card.grid).getCellComponent(0, HealthCard.CARD).getElement().getTextRecursively())
                .contains("Aurora Commerce", "Queue", "7", "Going wrong", "45 days", "Watch");
    }

    /** A card over Aurora (7, -6, 45 days), Meridian (4, +3), Sales (1), stored from fake signals. */
    private HealthCard cardWithFakeSignals() {
        RelationshipHealth health = HealthFixtures.health(context,
                FakeSignal.worseWhenHigher("test.open", 10, 3, 6, Map.of(id("Aurora Commerce"), 7L,
                        id("Meridian Bank"), 4L, id("Sales"), 1L)),
                new FakeSignal("test.trend", 20, ValueFormat.TENTHS, -2, -5, false,
                        Map.of(id("Aurora Commerce"), -6L, id("Meridian Bank"), 3L)),
                new FakeSignal("test.review", 30, ValueFormat.DAYS, 30, 60, true, Map.of(id("Aurora Commerce"), 45L)));
        HealthFixtures.recompute(context, health);
        HealthCard card = new HealthCard(health, viewerTime, false);
        UI.getCurrent().add(card);
        return card;
    }

    private long id(String name) {
        Map<String, Long> ids = new HashMap<>();
        directory.servedOrganisations().forEach((id, organisation) -> ids.put(organisation, id));
        return ids.get(name);
    }

    private String cell(Grid<HealthRow> grid, int row, String key) {
        return test(grid).getCellComponent(row, key).getElement().getTextRecursively();
    }

    private List<String> names(Grid<HealthRow> grid) {
        List<String> names = new ArrayList<>();
        for (int row = 0; row < test(grid).size(); row++) {
            names.add(test(grid).getRow(row).organisationName());
        }
        return names;
    }
}
