package app.ponte.home.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.UiTest;
import app.ponte.dashboard.DashboardAudience;
import app.ponte.dashboard.DashboardSection;
import app.ponte.dashboard.ui.DashboardBlock;
import app.ponte.dashboard.ui.DashboardCard;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DashboardTest extends UiTest {

    /** A block for the tests: its id says where it stands; one that has nothing to show returns none. */
    private record TestBlock(String id, Set<DashboardAudience> audiences, DashboardSection section, int order,
            boolean hasSomething) implements DashboardBlock {

        @Override
        public Optional<Component> blockFor(DashboardAudience audience) {
            return hasSomething ? Optional.of(new DashboardCard(id, id)) : Optional.empty();
        }
    }

    private static TestBlock block(String id, DashboardSection section, int order, DashboardAudience... audiences) {
        return new TestBlock(id, Set.of(audiences), section, order, true);
    }

    @BeforeEach
    void aSignedInPage() {
        signInAs("lead@ponte.test");
    }

    @Test
    void only_the_blocks_meant_for_the_viewers_audience_are_shown() {
        Dashboard dashboard = new Dashboard(DashboardAudience.REQUESTER, List.of(
                block("dashboard-test-ours", DashboardSection.OUR_REQUESTS, 10, DashboardAudience.REQUESTER),
                block("dashboard-test-queue", DashboardSection.QUEUE, 10, DashboardAudience.TEAM),
                block("dashboard-test-both", DashboardSection.COMING, 20, DashboardAudience.REQUESTER,
                        DashboardAudience.TEAM)));

        assertThat(cardIds(dashboard)).containsExactly("dashboard-test-ours", "dashboard-test-both");
    }

    @Test
    void sections_follow_their_order_and_blocks_their_own_order_within_a_section() {
        Dashboard dashboard = new Dashboard(DashboardAudience.TEAM, List.of(
                block("dashboard-test-delivery", DashboardSection.DELIVERY, 10, DashboardAudience.TEAM),
                block("dashboard-test-queue-late", DashboardSection.QUEUE, 40, DashboardAudience.TEAM),
                block("dashboard-test-planning", DashboardSection.PLANNING, 30, DashboardAudience.TEAM),
                block("dashboard-test-queue-early", DashboardSection.QUEUE, 10, DashboardAudience.TEAM)));

        assertThat(sectionIds(dashboard)).containsExactly("dashboard-queue", "dashboard-planning",
                "dashboard-delivery");
        assertThat(cardIds(dashboard)).containsExactly("dashboard-test-queue-early", "dashboard-test-queue-late",
                "dashboard-test-planning", "dashboard-test-delivery");
        assertThat(dashboard.getElement().getTextRecursively()).contains("Queue", "Planning", "Delivery");
    }

    @Test
    void a_block_with_nothing_to_show_is_skipped_and_a_section_left_without_blocks_is_not_shown() {
        Dashboard dashboard = new Dashboard(DashboardAudience.ADMIN, List.of(
                new TestBlock("dashboard-test-quiet", Set.of(DashboardAudience.ADMIN), DashboardSection.RELATIONSHIPS,
                        10, false),
                new TestBlock("dashboard-test-silent", Set.of(DashboardAudience.ADMIN), DashboardSection.ADMINISTRATION,
                        70, false),
                block("dashboard-test-outbox", DashboardSection.ADMINISTRATION, 71, DashboardAudience.ADMIN)));

        assertThat(sectionIds(dashboard)).containsExactly("dashboard-administration");
        assertThat(cardIds(dashboard)).containsExactly("dashboard-test-outbox");
    }

    @Test
    void a_dashboard_without_any_block_for_the_viewer_shows_no_section() {
        Dashboard dashboard = new Dashboard(DashboardAudience.ADMIN,
                List.of(block("dashboard-test-ours", DashboardSection.OUR_REQUESTS, 10, DashboardAudience.REQUESTER)));

        assertThat(sectionIds(dashboard)).isEmpty();
    }

    private List<String> sectionIds(Dashboard dashboard) {
        return find(Section.class, dashboard).all().stream().filter(s -> s.hasClassName("dashboard-section"))
                .map(s -> s.getId().orElseThrow()).toList();
    }

    private List<String> cardIds(Dashboard dashboard) {
        return find(DashboardCard.class, dashboard).all().stream().map(card -> card.getId().orElseThrow()).toList();
    }
}
