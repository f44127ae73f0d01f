package app.ponte.roadmap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.SignedIn;
import app.ponte.TestClock;
import app.ponte.UiTest;
import app.ponte.base.ui.Days;
import app.ponte.planning.Confidence;
import app.ponte.planning.PlanningFixtures;
import app.ponte.request.RequestSummary;
import app.ponte.roadmap.InitiativeDraft;
import app.ponte.roadmap.Initiatives;
import app.ponte.roadmap.MilestoneDates;
import app.ponte.roadmap.MilestoneDraft;
import app.ponte.roadmap.MilestoneScope;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The request page says when (the milestone, its date, the promise's history; the backlog place for the team), a
 * planned request's status comes with its day, and the roadmap links back to the request: in a browserless UI.
 */
class RequestScheduleViewsTest extends UiTest {

    @Autowired
    TestClock clock;
    @Autowired
    PlanningFixtures fixtures;
    @Autowired
    Initiatives initiatives;
    @Autowired
    MilestoneScope scope;
    @Autowired
    MilestoneDates dates;

    private long request;
    private long initiative;
    private long milestone;

    @BeforeEach
    void auroraRequestOnAMilestoneWhoseDateMoved() {
        request = fixtures.change("ana@aurora.test", "Returns by API", clock.today().plusDays(90), "Orders API");
        fixtures.plan(request, "3");
        SignedIn.run(users, PlanningFixtures.LEAD, () -> {
            initiative = initiatives.createInitiative(new InitiativeDraft("Returns handling", null, false,
                    Confidence.MEDIUM, clock.today().plusDays(300)));
            milestone = initiatives.addMilestone(initiative, new MilestoneDraft("Returns API", "Returns by API"));
            scope.link(milestone, request);
            dates.commit(milestone, clock.today().plusDays(200), "Agreed with Aurora", version());
            dates.commit(milestone, clock.today().plusDays(230), "The carrier's API changed", version());
        });
    }

    @Test
    void a_client_reads_when_its_planned_request_comes_and_how_the_date_moved_but_not_its_backlog_place() {
        signInAs("leo@aurora.test");
        navigate("requests/" + request, Component.class);

        String schedule = find(RequestSchedule.class).single().getElement().getTextRecursively();
        assertThat(schedule).contains("Returns API", "Returns handling", "Committed for " + day(230),
                "First date told: " + day(200), day(200) + " → " + day(230), "The carrier's API changed");
        assertThat(find(Anchor.class).id("schedule-roadmap-link").getHref())
                .isEqualTo("roadmap?initiative=" + initiative);
        assertThat(find(Paragraph.class).withId("schedule-place").all()).isEmpty();
        assertThat(find(Span.class).id("request-status").getText()).isEqualTo("Planned for " + day(230));
    }

    @Test
    void the_team_reads_the_requests_place_in_the_backlog_with_a_link_to_the_board() {
        signInAs(PlanningFixtures.LEAD);
        navigate("requests/" + request, Component.class);

        assertThat(find(Paragraph.class).id("schedule-place").getElement().getTextRecursively())
                .matches("#\\d+ of \\d+ in the backlog \\(Product requests\\).*Open the backlog");
        assertThat(find(Anchor.class).id("schedule-backlog-link").getHref()).isEqualTo("backlog");
        assertThat(find(RequestSchedule.class).single().getElement().getTextRecursively())
                .contains("Committed for " + day(230));
    }

    @Test
    void a_planned_requests_status_in_the_list_comes_with_the_day_committed_for_it() {
        signInAs("leo@aurora.test");
        navigate("requests", Component.class);

        @SuppressWarnings("unchecked")
        var grid = test((Grid<RequestSummary>) find(Grid.class).id("requests-grid"));
        int row = IntStream.range(0, grid.size()).filter(i -> grid.getRow(i).id() == request).findFirst()
                .orElseThrow();
        assertThat(grid.getCellText(row, 3)).isEqualTo("Planned for " + day(230));
    }

    @Test
    void the_roadmap_marks_the_initiative_a_request_links_to_and_links_its_milestone_back_to_the_request() {
        signInAs("leo@aurora.test");
        navigate(RoadmapView.class);
        UI.getCurrent().navigate(RoadmapView.class, QueryParameters.of(RoadmapView.INITIATIVE,
                String.valueOf(initiative)));
        RoadmapView view = find(RoadmapView.class).single();

        Div card = RoadmapViewsTest.descendants(view.list).filter(c -> c.hasClassName("roadmap-focus")).findFirst()
                .orElseThrow();
        assertThat(card.getElement().getAttribute("data-initiative")).isEqualTo(String.valueOf(initiative));
        assertThat(card.getChildren().flatMap(Component::getChildren).flatMap(Component::getChildren)
                .filter(Anchor.class::isInstance).map(a -> ((Anchor) a).getHref()))
                .contains("requests/" + request);
    }

    private String day(int daysFromToday) {
        LocalDate day = clock.today().plusDays(daysFromToday);
        return Days.format(day, UI.getCurrent().getLocale());
    }

    private long version() {
        return dates.plan(milestone).milestone().version();
    }
}
