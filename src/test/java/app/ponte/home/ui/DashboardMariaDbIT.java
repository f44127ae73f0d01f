package app.ponte.home.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.MariaDbTest;
import app.ponte.SignedIn;
import app.ponte.dashboard.RelationshipHealth;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every role's dashboard built on the real MariaDB with the demo data: each block's aggregate queries (grouping by
 * day, month and organisation, unions, the health list's recompute and pages) run on MariaDB's SQL, not only on
 * H2's MariaDB mode.
 */
@MariaDbTest
class DashboardMariaDbIT extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService users;
    @Autowired
    RelationshipHealth health;

    @Override
    protected Set<String> scanPackages() {
        return Set.of("app.ponte");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_client_admins_dashboard_is_built_on_mariadb() {
        assertThat(cardsOnHomeOf("ana@aurora.test")).contains("dashboard-requests-by-status",
                "dashboard-requests-oldest", "dashboard-roadmap-milestones", "dashboard-roadmap-promises",
                "dashboard-roadmap-changelog", "dashboard-catalogue-freezes", "dashboard-planning-conflicts",
                "dashboard-sla-attainment", "dashboard-meeting-next");
    }

    @Test
    void a_departments_dashboard_is_built_on_mariadb() {
        assertThat(cardsOnHomeOf("marketing@ponte.test")).contains("dashboard-requests-by-status",
                "dashboard-roadmap-promises", "dashboard-planning-conflicts", "dashboard-sla-attainment")
                .doesNotContain("dashboard-health", "dashboard-requests-age");
    }

    @Test
    void the_teams_dashboard_is_built_on_mariadb_with_the_health_list_computed_there() {
        SignedIn.as(users, "admin@ponte.test");
        health.recompute();

        assertThat(cardsOnHomeOf("lead@ponte.test")).contains("dashboard-requests-age",
                "dashboard-requests-by-organisation", "dashboard-requests-queue", "dashboard-sla-risk",
                "dashboard-oncall-now", "dashboard-planning-conflicts-by-kind", "dashboard-planning-capacity",
                "dashboard-roadmap-at-risk", "dashboard-roadmap-on-time", "dashboard-roadmap-throughput",
                "dashboard-health");
        SignedIn.as(users, "lead@ponte.test");
        for (var column : health.columns()) {
            assertThat(health.page(column.key(), true, org.springframework.data.domain.PageRequest.of(0, 5)))
                    .as(column.key()).isNotEmpty();
        }
    }

    @Test
    void the_administrators_dashboard_is_built_on_mariadb() {
        assertThat(cardsOnHomeOf("admin@ponte.test")).contains("dashboard-organisation-quiet",
                "dashboard-notification-outbox", "dashboard-audit-refusals",
                "dashboard-organisation-never-signed-in", "dashboard-jobs", "dashboard-health");
    }

    private List<String> cardsOnHomeOf(String email) {
        SignedIn.as(users, email);
        navigate(HomeView.class);
        return find(Section.class).all().stream().map(Component::getId).flatMap(java.util.Optional::stream)
                .filter(id -> id.startsWith("dashboard-")).toList();
    }
}
