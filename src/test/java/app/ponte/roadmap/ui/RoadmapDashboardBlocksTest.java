package app.ponte.roadmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.UiTest;
import app.ponte.dashboard.ChartData;
import app.ponte.dashboard.ui.ChartCard;
import app.ponte.organisation.Organisations;
import app.ponte.roadmap.PromiseLedger;
import app.ponte.roadmap.PromiseMonth;
import app.ponte.roadmap.RoadmapDashboard;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The roadmap's blocks on each role's home page: who sees which, what they say, and that they match their pages. */
class RoadmapDashboardBlocksTest extends UiTest {

    private static final List<String> REQUESTER_BLOCKS = List.of(ComingMilestonesBlock.ID, PromiseRecordBlock.ID,
            ChangelogBlock.ID);
    private static final List<String> TEAM_BLOCKS = List.of(AtRiskBlock.ID, OnTimeBlock.ID, ThroughputBlock.ID);

    @Autowired
    RoadmapDashboard dashboard;
    @Autowired
    PromiseLedger promises;
    @Autowired
    Organisations organisations;

    @Test
    void a_client_sees_its_coming_milestones_promises_and_changes_and_nothing_of_the_team_or_another_client() {
        signInAs("ana@aurora.test");
        Component home = home();

        assertThat(roadmapBlocks(home)).containsExactlyElementsOf(REQUESTER_BLOCKS);
        String milestones = text(block(home, ComingMilestonesBlock.ID));
        assertThat(milestones).contains("Order-status webhook", "Read endpoints", "Medium confidence")
                .doesNotContain("Meridian", "Scheduled campaign reports", "Campaign reporting");
        assertThat(anchors(block(home, ComingMilestonesBlock.ID))).anyMatch(href -> href.startsWith("roadmap?initiative="))
                .contains("roadmap");
        String changes = text(block(home, ChangelogBlock.ID));
        assertThat(changes).contains("Peak-ready limits").doesNotContain("Campaign figures export", "Meridian");
        assertThat(anchors(block(home, ChangelogBlock.ID))).contains("changelog");
    }

    @Test
    void the_promise_chart_shows_the_organisations_own_months_and_says_what_counts() {
        signInAs("ana@aurora.test");
        Component home = home();
        ChartCard chart = (ChartCard) block(home, PromiseRecordBlock.ID);
        long aurora = organisations.activeOrganisation().id();
        List<PromiseMonth> months = dashboard.promisesByMonth(aurora, 12);

        ChartData data = chart.data();
        assertThat(data.kind()).isEqualTo(ChartData.Kind.STACKED_BARS);
        assertThat(data.categories()).hasSize(12);
        assertThat(data.series().get(0).values()).containsExactlyElementsOf(
                months.stream().map(m -> (double) m.onTime()).toList());
        assertThat(data.series().get(1).values()).containsExactlyElementsOf(
                months.stream().map(m -> (double) m.late()).toList());
        assertThat(data.summary()).contains("first date told", "delivered by that date");
        assertThat(anchors(chart)).contains("promises");
    }

    @Test
    void a_department_sees_its_own_milestones_and_not_a_clients() {
        signInAs("marketing@ponte.test");
        Component home = home();

        assertThat(roadmapBlocks(home)).containsExactlyElementsOf(REQUESTER_BLOCKS);
        assertThat(text(block(home, ComingMilestonesBlock.ID))).contains("Scheduled campaign reports")
                .doesNotContain("Order-status webhook", "Aurora");
        assertThat(text(block(home, ChangelogBlock.ID))).contains("Campaign figures export")
                .doesNotContain("Peak-ready limits");
    }

    @Test
    void the_team_sees_milestones_at_risk_on_time_and_throughput_and_no_requester_block() {
        signInAs("lead@ponte.test");
        Component home = home();

        assertThat(roadmapBlocks(home)).containsExactlyElementsOf(TEAM_BLOCKS);
        long count = dashboard.atRisk(5).count();
        assertThat(((H3) block(home, AtRiskBlock.ID).getChildren().findFirst().orElseThrow()).getText())
                .contains(count == 0 ? "No milestone at risk" : count == 1 ? "One milestone" : String.valueOf(count));
        ChartData onTime = ((ChartCard) block(home, OnTimeBlock.ID)).data();
        assertThat(onTime.kind()).isEqualTo(ChartData.Kind.LINES);
        assertThat(onTime.categories()).hasSize(promises.recentDeliveryRecord(12).size()).isNotEmpty();
        assertThat(onTime.series().getFirst().values()).allSatisfy(rate -> assertThat(rate).isBetween(0.0, 100.0));
        ChartData throughput = ((ChartCard) block(home, ThroughputBlock.ID)).data();
        assertThat(throughput.kind()).isEqualTo(ChartData.Kind.BARS);
        assertThat(throughput.categories()).hasSize(12);
        assertThat(throughput.series().getFirst().values().stream().mapToDouble(Double::doubleValue).sum())
                .isEqualTo(dashboard.deliveredByWeek(12).stream().mapToLong(w -> w.milestones()).sum());
    }

    @Test
    void an_admin_in_portuguese_gets_no_roadmap_block_of_the_team_or_the_requesters() {
        signInAs("admin@ponte.test");
        assertThat(roadmapBlocks(home())).isEmpty();
    }

    private Component home() {
        UI.getCurrent().navigate("");
        return (Component) getCurrentView();
    }

    private static List<String> roadmapBlocks(Component root) {
        return descendants(root).filter(app.ponte.dashboard.ui.DashboardCard.class::isInstance)
                .map(Component::getId).flatMap(Optional::stream)
                .filter(id -> id.startsWith("dashboard-roadmap-")).toList();
    }

    private static Component block(Component root, String id) {
        return descendants(root).filter(c -> c.getId().filter(id::equals).isPresent()).findFirst().orElseThrow();
    }

    private static List<String> anchors(Component root) {
        return descendants(root).filter(Anchor.class::isInstance).map(a -> ((Anchor) a).getHref()).toList();
    }

    private static String text(Component root) {
        return root.getElement().getTextRecursively();
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(RoadmapDashboardBlocksTest::descendants));
    }
}
