package app.ponte.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.ponte.H2Test;
import app.ponte.SignedInServiceTest;
import app.ponte.TestClock;
import app.ponte.planning.Confidence;
import app.ponte.planning.PlanningFixtures;
import app.ponte.security.NotFoundInScopeException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The roadmap seen from a request: its milestone, its date and the promise's history, for whoever may read them. */
@H2Test
class RequestRoadmapTest extends SignedInServiceTest {

    @Autowired
    RequestRoadmap roadmap;
    @Autowired
    Initiatives initiatives;
    @Autowired
    MilestoneScope scope;
    @Autowired
    MilestoneDates dates;
    @Autowired
    PlanningFixtures fixtures;
    @Autowired
    TestClock clock;

    private long request;
    private long initiative;
    private long milestone;

    @BeforeEach
    void auroraRequestOnAMilestoneWhoseDateMoved() {
        request = fixtures.change("ana@aurora.test", "Bulk order import", clock.today().plusDays(90), "Orders API");
        fixtures.plan(request, "3");
        as(PlanningFixtures.LEAD, () -> {
            initiative = initiatives.createInitiative(new InitiativeDraft("Bulk ordering", null, false,
                    Confidence.MEDIUM, clock.today().plusDays(300)));
            milestone = initiatives.addMilestone(initiative, new MilestoneDraft("Import first", "Orders from a file"));
            scope.link(milestone, request);
            dates.commit(milestone, clock.today().plusDays(200), "Agreed with Aurora", version());
            dates.commit(milestone, clock.today().plusDays(230), "The file format changed", version());
            return null;
        });
    }

    @Test
    void the_requests_organisation_reads_its_milestone_its_date_and_every_change_of_the_date_told() {
        RequestMilestone read = as("leo@aurora.test", () -> roadmap.milestoneOf(request)).orElseThrow();

        assertThat(read.initiativeId()).isEqualTo(initiative);
        assertThat(read.milestoneTitle()).isEqualTo("Import first");
        assertThat(read.committedOn()).isEqualTo(clock.today().plusDays(230));
        assertThat(read.firstPromisedOn()).isEqualTo(clock.today().plusDays(200));
        assertThat(read.changes()).singleElement().satisfies(change -> {
            assertThat(change.newDate()).isEqualTo(clock.today().plusDays(230));
            assertThat(change.reason()).isEqualTo("The file format changed");
        });
        assertThat(as("leo@aurora.test", () -> roadmap.committedDays(List.of(request))))
                .containsEntry(request, clock.today().plusDays(230));
        assertThat(as("leo@aurora.test", () -> roadmap.requestsOf(List.of(milestone))))
                .containsEntry(milestone, List.of(request));
    }

    @Test
    void a_client_of_another_organisation_gets_nothing_and_the_request_is_not_found() {
        Throwable refused = catchThrowable(() -> as("rita@meridian.test", () -> roadmap.milestoneOf(request)));

        assertThat(refused).isInstanceOf(NotFoundInScopeException.class);
        assertThat(as("rita@meridian.test", () -> roadmap.committedDays(List.of(request)))).isEmpty();
        assertThat(as("rita@meridian.test", () -> roadmap.requestsOf(List.of(milestone)))).isEmpty();
        assertThat(as("marketing@ponte.test", () -> roadmap.requestsOf(List.of(milestone)))).isEmpty();
    }

    @Test
    void the_team_reads_every_requests_day_and_every_request_a_milestone_delivers() {
        assertThat(as(PlanningFixtures.LEAD, () -> roadmap.committedDays(List.of(request))))
                .containsEntry(request, clock.today().plusDays(230));
        assertThat(as(PlanningFixtures.LEAD, () -> roadmap.requestsOf(List.of(milestone))))
                .containsEntry(milestone, List.of(request));
    }

    private long version() {
        return dates.plan(milestone).milestone().version();
    }
}
