package app.ponte.planning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.TestClock;
import app.ponte.UiTest;
import app.ponte.dashboard.ChartData;
import app.ponte.dashboard.ui.ChartCard;
import app.ponte.planning.ConflictKind;
import app.ponte.planning.PlanningFixtures;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import java.time.DayOfWeek;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The planning and catalogue blocks of each role's dashboard: what each shows and hides, and where figures lead. */
class PlanningDashboardTest extends UiTest {

    private static final List<String> TEAM_BLOCKS = List.of(ConflictsByKindBlock.ID, CapacityBlock.ID);
    private static final List<String> REQUESTER_BLOCKS = List.of("dashboard-catalogue-freezes",
            OurConflictsBlock.ID);

    @Autowired
    PlanningFixtures fixtures;
    @Autowired
    TestClock clock;

    @Test
    void each_bar_of_open_conflicts_equals_the_rows_of_the_conflicts_list_it_leads_to() {
        signInAs("lead@ponte.test");
        ChartData data = ((ChartCard) block(home(), ConflictsByKindBlock.ID).orElseThrow()).data();

        assertThat(data.categories()).hasSize(ConflictKind.values().length);
        ChartData.Series open = data.series().getFirst();
        for (int i = 0; i < ConflictKind.values().length; i++) {
            ConflictKind kind = ConflictKind.values()[i];
            String link = open.links().get(i);
            assertThat(link).isEqualTo("conflicts?shown=open&kind=" + kind.name());
            UI.getCurrent().navigate(link.substring(0, link.indexOf('?')),
                    QueryParameters.fromString(link.substring(link.indexOf('?') + 1)));
            ConflictsView view = (ConflictsView) getCurrentView();
            assertThat(view.kind.getValue()).isEqualTo(kind);
            assertThat(view.shown.getValue()).isEqualTo(ConflictsView.Shown.OPEN);
            assertThat(open.values().get(i)).as(kind.name()).isEqualTo((double) test(view.grid).size());
        }
        assertThat(data.summary()).contains(data.categories());
    }

    @Test
    void the_team_reads_the_next_decisions_with_the_organisations_named_and_twelve_weeks_of_capacity() {
        signInAs("lead@ponte.test");
        Component home = home();

        String decisions = text(block(home, ConflictsByKindBlock.ID + "-decisions").orElseThrow());
        assertThat(decisions).contains("Marketing and Sales", "Real-time reporting");

        ChartData capacity = ((ChartCard) block(home, CapacityBlock.ID).orElseThrow()).data();
        assertThat(capacity.categories()).hasSize(CapacityBlock.WEEKS);
        var monday = clock.today().getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue()
                ? clock.today().with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                : clock.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        assertThat(capacity.categories().getFirst())
                .isEqualTo(app.ponte.base.ui.LocalisedFormats.shortDay(monday, UI.getCurrent().getLocale()));
        List<Double> available = capacity.series().get(0).values();
        List<Double> committed = capacity.series().get(1).values();
        for (int i = 0; i < available.size(); i++) {
            assertThat(committed.get(i)).isLessThanOrEqualTo(available.get(i));
        }
        // The demo's team gives capacity and has accepted work: the first full week is taken.
        assertThat(available.get(1)).isPositive();
        assertThat(committed.getFirst()).isPositive();

        assertThat(REQUESTER_BLOCKS).allSatisfy(id -> assertThat(block(home, id)).isEmpty());
    }

    @Test
    void a_client_sees_another_organisations_freeze_on_a_shared_system_without_its_name_or_reason() {
        fixtures.freeze("Meridian Bank", "Invoicing", clock.today().plusDays(20), clock.today().plusDays(22),
                "Regulator audit week");
        signInAs("ana@aurora.test");
        Component home = home();

        String freezes = text(block(home, "dashboard-catalogue-freezes").orElseThrow());
        assertThat(freezes).contains("Your freeze:", "Orders API", "Peak-sale week")
                .contains("Another organisation’s freeze:", "Invoicing, which you depend on")
                .doesNotContain("Meridian", "Regulator");
        assertThat(anchors(block(home, "dashboard-catalogue-freezes").orElseThrow()))
                .contains("freeze-windows");
        assertThat(text(home)).doesNotContain("Meridian", "Regulator");
        assertThat(TEAM_BLOCKS).allSatisfy(id -> assertThat(block(home, id)).isEmpty());
    }

    @Test
    void a_client_reads_a_conflict_on_its_own_request_in_plain_words_leading_to_the_request() {
        fixtures.freeze("Meridian Bank", "Invoicing", clock.today().plusDays(440), clock.today().plusDays(442),
                "Meridian close");
        long id = fixtures.change("ana@aurora.test", "Invoice batch for the close", clock.today().plusDays(441),
                "Invoicing");
        signInAs("ana@aurora.test");

        Component conflicts = block(home(), OurConflictsBlock.ID).orElseThrow();

        assertThat(anchors(conflicts)).contains("requests/" + id);
        assertThat(text(conflicts)).contains("another organisation has frozen Invoicing")
                .doesNotContain("Meridian");
    }

    @Test
    void marketing_sees_its_own_conflict_with_the_date_the_team_decides_by() {
        signInAs("marketing@ponte.test");

        Component conflicts = block(home(), OurConflictsBlock.ID).orElseThrow();

        assertThat(text(conflicts)).contains("The team is deciding by").doesNotContain("Sales");
        assertThat(anchors(conflicts)).anySatisfy(href -> assertThat(href).startsWith("requests/"));
    }

    private Component home() {
        navigate("", Component.class);
        return find(Div.class).id("dashboard");
    }

    private static Optional<Component> block(Component root, String id) {
        return descendants(root).filter(c -> c.getId().filter(id::equals).isPresent()).findFirst();
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(PlanningDashboardTest::descendants));
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    private static List<String> anchors(Component root) {
        return descendants(root).filter(Anchor.class::isInstance).map(a -> ((Anchor) a).getHref()).toList();
    }
}
