package app.ponte.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.RoleMatrix;
import app.ponte.UiTest;
import app.ponte.meeting.Meetings;
import app.ponte.report.ProgressReports;
import app.ponte.request.RequestFilter;
import app.ponte.request.RequestLists;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.data.domain.PageRequest;

/**
 * Every route against every role, through Vaadin's real navigation access control. A new view
 * without a row here fails {@link #every_route_of_the_app_has_an_explicit_rule_here()}.
 */
class RouteAccessMatrixTest extends UiTest {

    @Autowired
    RequestLists lists;
    @Autowired
    ProgressReports reports;
    @Autowired
    Meetings meetings;

    /** A request's page; each role opens one of its own organisation's requests (or any, for the team). */
    static final String REQUEST_PAGE = "requests/:id([0-9]{1,18})";
    /** A progress report's page; each role opens one its list shows (the demo has Aurora's and Marketing's). */
    static final String REPORT_PAGE = "reports/:id([0-9]{1,18})";
    static final String MEETING_PAGE = "meetings/:id([0-9]{1,18})";

    /** Who may open each route; the login view is open to everybody. */
    static final Map<String, Set<Role>> MATRIX = Map.ofEntries(
            Map.entry("", EnumSet.allOf(Role.class)),
            Map.entry("profile", EnumSet.allOf(Role.class)),
            Map.entry("organisations", EnumSet.of(Role.ADMIN, Role.TEAM)),
            Map.entry("members", EnumSet.of(Role.ADMIN, Role.CLIENT_ADMIN)),
            Map.entry("audit", EnumSet.of(Role.ADMIN)),
            Map.entry("outbox", EnumSet.of(Role.ADMIN)),
            Map.entry("requests", EnumSet.of(Role.CLIENT, Role.CLIENT_ADMIN, Role.INTERNAL)),
            Map.entry("requests/new", EnumSet.allOf(Role.class)),
            Map.entry(REQUEST_PAGE, EnumSet.allOf(Role.class)),
            Map.entry("inbox", EnumSet.of(Role.ADMIN, Role.TEAM)),
            Map.entry("notifications", EnumSet.allOf(Role.class)),
            Map.entry("systems", EnumSet.of(Role.ADMIN, Role.TEAM)),
            Map.entry("sla", EnumSet.of(Role.ADMIN, Role.TEAM)),
            Map.entry("sla/attainment", EnumSet.allOf(Role.class)),
            Map.entry("on-call", EnumSet.of(Role.ADMIN, Role.TEAM)),
            Map.entry("on-call/ack/:token", EnumSet.allOf(Role.class)),
            Map.entry("freeze-windows", EnumSet.allOf(Role.class)),
            Map.entry("backlog", EnumSet.of(Role.ADMIN, Role.TEAM)),
            Map.entry("conflicts", EnumSet.of(Role.ADMIN, Role.TEAM)),
            Map.entry("planning-settings", EnumSet.of(Role.ADMIN, Role.TEAM)),
            Map.entry("roadmap", EnumSet.allOf(Role.class)),
            Map.entry("promises", EnumSet.allOf(Role.class)),
            Map.entry("changelog", EnumSet.allOf(Role.class)),
            Map.entry("satisfaction", EnumSet.of(Role.ADMIN, Role.TEAM, Role.CLIENT_ADMIN, Role.INTERNAL)),
            Map.entry("meetings", EnumSet.allOf(Role.class)),
            Map.entry(MEETING_PAGE, EnumSet.allOf(Role.class)),
            Map.entry("action-items", EnumSet.allOf(Role.class)),
            Map.entry("reports", EnumSet.allOf(Role.class)),
            Map.entry(REPORT_PAGE, EnumSet.allOf(Role.class)),
            Map.entry("login", EnumSet.allOf(Role.class)),
            Map.entry("forgot-password", EnumSet.allOf(Role.class)),
            Map.entry("invitation/:token", EnumSet.allOf(Role.class)),
            Map.entry("reset-password/:token", EnumSet.allOf(Role.class)),
            Map.entry("feedback/:token", EnumSet.allOf(Role.class)));

    /** Routes a visitor who is not signed in may open. */
    static final Set<String> ANONYMOUS = Set.of("login", "forgot-password", "invitation/:token",
            "reset-password/:token", "feedback/:token");

    @Test
    void every_route_of_the_app_has_an_explicit_rule_here() {
        assertThat(routes().keySet()).containsExactlyInAnyOrderElementsOf(MATRIX.keySet());
    }

    static Stream<Arguments> roleAndRoute() {
        return Stream.of(Role.values()).flatMap(role -> MATRIX.keySet().stream()
                .filter(path -> !ANONYMOUS.contains(path))
                .map(path -> Arguments.of(role, path)));
    }

    @ParameterizedTest(name = "{0} opens /{1}")
    @MethodSource("roleAndRoute")
    void each_role_opens_exactly_the_routes_it_is_allowed(Role role, String path) {
        signInAs(RoleMatrix.ACCOUNTS.get(role));

        String address = path.equals(REPORT_PAGE) ? "reports/" + aVisibleReport()
                : path.equals(MEETING_PAGE) ? "meetings/" + aVisibleMeeting(role) : path;
        UI.getCurrent().navigate(address.replace(":token", "no-such-token")
                .replace(REQUEST_PAGE, "requests/" + aVisibleRequest(role)));

        Class<?> shown = getCurrentView().getClass();
        if (MATRIX.get(path).contains(role)) {
            assertThat(shown).as("%s on /%s", role, path).isEqualTo(routes().get(path));
        } else {
            assertThat(HasErrorParameter.class.isAssignableFrom(shown))
                    .as("%s on /%s must be refused, got %s", role, path, shown.getSimpleName()).isTrue();
        }
    }

    @ParameterizedTest(name = "anonymous opens /{0}")
    @MethodSource("paths")
    void a_visitor_who_is_not_signed_in_is_sent_to_the_login_view(String path) {
        UI.getCurrent().navigate(path);

        assertThat(getCurrentView().getClass()).isEqualTo(routes().get("login"));
    }

    static Stream<String> paths() {
        return MATRIX.keySet().stream().filter(path -> !ANONYMOUS.contains(path) || path.equals("login"))
                .map(path -> path.replace(REQUEST_PAGE, "requests/1").replace(REPORT_PAGE, "reports/1")
                        .replace(MEETING_PAGE, "meetings/1"));
    }

    @ParameterizedTest(name = "anonymous opens /{0}")
    @MethodSource("anonymousPaths")
    void the_public_pages_open_without_sign_in(String path) {
        UI.getCurrent().navigate(path.replace(":token", "no-such-token"));

        assertThat(getCurrentView().getClass()).isEqualTo(routes().get(path));
    }

    static Stream<String> anonymousPaths() {
        return ANONYMOUS.stream();
    }

    /** The newest request the signed-in role's own list shows. */
    private long aVisibleRequest(Role role) {
        var firstPage = PageRequest.of(0, 1);
        var page = role == Role.ADMIN || role == Role.TEAM ? lists.inbox(RequestFilter.ALL, firstPage)
                : lists.ours(RequestFilter.ALL, firstPage);
        return page.getContent().getFirst().id();
    }

    /** The next meeting the signed-in role's own list shows. */
    private long aVisibleMeeting(Role role) {
        return meetings.upcoming(null, PageRequest.of(0, 1)).getContent().getFirst().id();
    }

    /** The newest report the signed-in role's own list shows. */
    private long aVisibleReport() {
        return reports.list(null, PageRequest.of(0, 1)).getContent().getFirst().id();
    }

    /** Route path → view class, found by scanning the application's packages for @Route. */
    static Map<String, Class<?>> routes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        return scanner.findCandidateComponents("app.ponte").stream()
                .map(definition -> load(definition.getBeanClassName()))
                .collect(Collectors.toMap(type -> type.getAnnotation(Route.class).value(), type -> type,
                        (a, b) -> a, TreeMap::new));
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
