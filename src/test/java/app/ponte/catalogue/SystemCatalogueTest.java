package app.ponte.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.ponte.H2Test;
import app.ponte.SignedIn;
import app.ponte.SignedInServiceTest;
import app.ponte.base.ConcurrentEditException;
import app.ponte.base.RejectedInputException;
import app.ponte.organisation.DemoFixtures;
import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** The systems catalogue: who keeps it, what it accepts, who sees which systems. */
@H2Test
class SystemCatalogueTest extends SignedInServiceTest {

    @Autowired
    SystemCatalogue catalogue;
    @Autowired
    DemoFixtures fixtures;

    @Test
    void the_demo_catalogue_holds_the_seeds_systems_and_each_organisation_sees_those_it_depends_on() {
        assertThat(names("lead@ponte.test")).contains("Orders API", "Real-time reporting", "Invoicing", "Auth service",
                "Employee directory");
        assertThat(names("marketing@ponte.test")).contains("Real-time reporting", "Auth service")
                .doesNotContain("Invoicing", "Orders API");
        assertThat(names("rita@meridian.test")).contains("Invoicing", "Auth service").doesNotContain("Orders API");
    }

    @Test
    void the_team_creates_and_edits_a_system_and_a_stale_edit_is_refused() {
        String name = "Catalogue " + UUID.randomUUID().toString().substring(0, 8);
        SystemDetails created = as("lead@ponte.test", () -> catalogue.create(draft(name, "99.9",
                Set.of(fixtures.organisationId("Aurora Commerce")))));
        assertThat(created.dependents()).extracting(o -> o.name()).containsExactly("Aurora Commerce");

        SystemDetails edited = as("admin@ponte.test", () -> catalogue.update(created.id(),
                draft(name, "99.95", Set.of()), created.version()));
        assertThat(edited.availabilityTarget()).isEqualByComparingTo("99.95");
        assertThat(catchThrowable(() -> as("lead@ponte.test", () -> catalogue.update(created.id(),
                draft(name, "99.0", Set.of()), created.version())))).isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void bad_input_is_refused_on_the_field_it_concerns() {
        String taken = "Orders API";
        assertThat(fieldRefused(draft(" ", "99.9", Set.of()))).isEqualTo("name");
        assertThat(fieldRefused(draft(taken, "99.9", Set.of()))).isEqualTo("name");
        assertThat(fieldRefused(draft("Target low " + UUID.randomUUID(), "89.9", Set.of()))).isEqualTo("availabilityTarget");
        assertThat(fieldRefused(draft("Target high " + UUID.randomUUID(), "100.5", Set.of())))
                .isEqualTo("availabilityTarget");
        assertThat(fieldRefused(draft("Too precise " + UUID.randomUUID(), "99.9999", Set.of())))
                .isEqualTo("availabilityTarget");
        assertThat(fieldRefused(draft("Team dependent " + UUID.randomUUID(), "99.9",
                Set.of(fixtures.organisationId("Backend Team"))))).isEqualTo("dependents");
        long client = fixtures.accountId("leo@aurora.test");
        assertThat(fieldRefused(new SystemDraft("Client owner " + UUID.randomUUID(), null, client, Criticality.LOW,
                new BigDecimal("99"), Set.of()))).isEqualTo("owner");
    }

    @Test
    void only_the_team_keeps_the_catalogue() {
        for (String outsider : new String[] {"leo@aurora.test", "ana@aurora.test", "marketing@ponte.test"}) {
            assertThat(catchThrowable(() -> as(outsider, () -> catalogue.create(draft("Nope", "99.9", Set.of())))))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(catchThrowable(() -> as(outsider, () -> catalogue.details(1))))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    private String fieldRefused(SystemDraft draft) {
        Throwable refusal = catchThrowable(() -> as("lead@ponte.test", () -> catalogue.create(draft)));
        assertThat(refusal).isInstanceOf(RejectedInputException.class);
        return ((RejectedInputException) refusal).field();
    }

    private SystemDraft draft(String name, String target, Set<Long> dependents) {
        return new SystemDraft(name, "Made by a test", fixtures.accountId("lead@ponte.test"), Criticality.HIGH,
                new BigDecimal(target), dependents);
    }

    private java.util.List<String> names(String email) {
        return as(email, () -> catalogue.list("", PageRequest.of(0, 200))).getContent().stream()
                .map(SystemSummary::name).toList();
    }
}
