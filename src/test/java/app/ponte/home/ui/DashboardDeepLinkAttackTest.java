package app.ponte.home.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.ponte.SignedIn;
import app.ponte.UiTest;
import app.ponte.meeting.ActivityFixtures;
import app.ponte.organisation.DemoFixtures;
import app.ponte.organisation.Organisations;
import app.ponte.request.RequestDraft;
import app.ponte.request.RequestIntake;
import app.ponte.request.RequestKind;
import app.ponte.request.RequestSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The query parameters issue 18 added to the lists its dashboards link to, typed by an attacker: another
 * organisation's id, numbers too large or negative, SQL-ish and script text, impossible dates. Each list still opens
 * (no error page, its rows still load), shows nothing of the hostile text, and widens nobody's scope.
 */
class DashboardDeepLinkAttackTest extends UiTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final List<String> HOSTILE = List.of("-1", "0", "2147483647", "2147483648", "9223372036854775807",
            "99999999999999999999", "1' OR '1'='1", "1; DROP TABLE requests; --", SCRIPT, "\"><img src=x onerror=alert(1)>",
            "+999999999-12-31", "-999999999-01-01", "0000-01-01", "9999-12-31", "", " ", "%00", "ACCESS", "open ");

    /** The route, who opens it, the view it must stay, and the parameters it reads from its address. */
    private record Route(String path, String email, String view, List<String> parameters) {
    }

    private static final List<Route> ROUTES = List.of(
            new Route("requests", "ana@aurora.test", "RequestListView",
                    List.of("status", "kind", "own", "organisation", "filed-since", "at-risk", "older-than",
                            "newer-than")),
            new Route("inbox", "lead@ponte.test", "InboxView",
                    List.of("status", "kind", "organisation", "unassigned", "older-than", "newer-than", "at-risk",
                            "filed-since")),
            new Route("conflicts", "lead@ponte.test", "ConflictsView", List.of("shown", "kind")),
            new Route("audit", "admin@ponte.test", "AuditView", List.of("day", "refusal")),
            new Route("organisations", "admin@ponte.test", "OrganisationListView", List.of("open")),
            new Route("roadmap", "ana@aurora.test", "RoadmapView", List.of("initiative")));

    @Autowired
    DemoFixtures demo;
    @Autowired
    RequestIntake intake;
    @Autowired
    Organisations organisations;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void every_new_parameter_with_every_hostile_value_opens_its_list_without_an_error_or_the_value_echoed() {
        List<String> failures = new ArrayList<>();
        for (Route route : ROUTES) {
            signInAs(route.email());
            for (String parameter : route.parameters()) {
                for (String value : HOSTILE) {
                    String where = route.path() + "?" + parameter + "=" + value;
                    Throwable error = catchThrowable(() -> {
                        Component view = open(route.path(), Map.of(parameter, value));
                        assertThat(view.getClass().getSimpleName()).isEqualTo(route.view());
                        loadEveryGrid(view);
                        assertNoEcho(view.getElement(), value);
                    });
                    if (error != null) {
                        failures.add(where + " → " + error.getClass().getSimpleName() + ": "
                                + String.valueOf(error.getMessage()).lines().findFirst().orElse(""));
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void all_parameters_hostile_at_once_still_open_each_list() {
        List<String> failures = new ArrayList<>();
        for (Route route : ROUTES) {
            signInAs(route.email());
            for (String value : List.of("2147483647", SCRIPT, "+999999999-12-31", "-1")) {
                Map<String, String> all = new java.util.LinkedHashMap<>();
                route.parameters().forEach(p -> all.put(p, value));
                Throwable error = catchThrowable(() -> {
                    Component view = open(route.path(), all);
                    assertThat(view.getClass().getSimpleName()).isEqualTo(route.view());
                    loadEveryGrid(view);
                });
                if (error != null) {
                    failures.add(route.path() + " all=" + value + " → " + error);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void a_requester_naming_another_organisation_in_an_address_sees_nothing_of_it_and_reaches_no_team_list() {
        long meridian = demo.organisationId("Meridian Bank");
        long theirs = SignedIn.as(users, "rita@meridian.test", () -> intake.file(
                RequestDraft.simple(RequestKind.QUESTION, "Meridian deep-link secret", "Only Meridian reads this.")));
        var activity = new ActivityFixtures(jdbc, organisations);
        long milestone = activity.milestone("Meridian-only milestone", "PLANNED", null, null);
        activity.links(milestone, theirs, meridian);
        long initiative = jdbc.queryForObject("select initiative_id from milestones where id = ?", Long.class,
                milestone);

        for (String requester : List.of("ana@aurora.test", "leo@aurora.test", "marketing@ponte.test")) {
            signInAs(requester);
            Component ours = open("requests", Map.of("organisation", String.valueOf(meridian), "own", "false"));
            assertThat(rowIds(ours)).as(requester).doesNotContain(theirs);
            assertThat(text(ours)).doesNotContain("Meridian deep-link secret");

            Component roadmap = open("roadmap", Map.of("initiative", String.valueOf(initiative)));
            assertThat(roadmap.getClass().getSimpleName()).isEqualTo("RoadmapView");
            assertThat(text(roadmap)).doesNotContain("Meridian-only milestone", "Initiative of Meridian-only");

            for (var teamList : List.of(Map.entry("inbox", "organisation"), Map.entry("conflicts", "shown"),
                    Map.entry("audit", "day"), Map.entry("organisations", "open"))) {
                Component shown = open(teamList.getKey(), Map.of(teamList.getValue(), String.valueOf(meridian)));
                assertThat(shown.getClass().getSimpleName()).as(requester + " → " + teamList.getKey())
                        .isEqualTo("AccessDeniedView");
                assertThat(text(shown)).doesNotContain("Meridian deep-link secret");
            }
        }

        signInAs("rita@meridian.test");
        assertThat(rowIds(open("requests", Map.of("own", "true")))).as("the positive control").contains(theirs);
    }

    private static Component open(String path, Map<String, String> parameters) {
        Map<String, List<String>> query = new java.util.LinkedHashMap<>();
        parameters.forEach((k, v) -> query.put(k, List.of(v)));
        UI.getCurrent().navigate(path, new QueryParameters(query));
        return (Component) UI.getCurrent().getCurrentView();
    }

    /** Asks every grid of the view for its rows, as the browser would: the hostile filter reaches the database. */
    private void loadEveryGrid(Component view) {
        descendants(view).filter(Grid.class::isInstance).map(Grid.class::cast).forEach(grid -> test(grid).size());
    }

    private List<Long> rowIds(Component view) {
        @SuppressWarnings("unchecked")
        Grid<RequestSummary> grid = (Grid<RequestSummary>) descendants(view).filter(Grid.class::isInstance)
                .findFirst().orElseThrow();
        var rows = test(grid);
        return IntStream.range(0, rows.size()).mapToObj(row -> rows.getRow(row).id()).toList();
    }

    /** Neither the text nor any attribute or property of any element holds the hostile value (when it is markup-ish). */
    private static void assertNoEcho(Element root, String value) {
        if (!value.contains("<") && !value.contains("'") && !value.contains(";")) {
            return; // a number or a date shown back as a filter's value is no echo of markup
        }
        all(root).forEach(element -> {
            if (element.isTextNode()) {
                assertThat(element.getText()).as("text").doesNotContain(value);
                return;
            }
            assertThat(element.getTag()).isNotEqualToIgnoringCase("script");
            element.getAttributeNames().forEach(name -> assertThat(element.getAttribute(name))
                    .as(element.getTag() + "@" + name).doesNotContain(value));
            element.getPropertyNames().forEach(name -> assertThat(String.valueOf(element.getProperty(name)))
                    .as(element.getTag() + "." + name).doesNotContain(value));
        });
    }

    private static Stream<Element> all(Element root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(DashboardDeepLinkAttackTest::all));
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(DashboardDeepLinkAttackTest::descendants));
    }

    private static String text(Component view) {
        return view.getElement().getTextRecursively();
    }

}
