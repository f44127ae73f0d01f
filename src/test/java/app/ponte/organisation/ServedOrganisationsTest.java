package app.ponte.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.ponte.H2Test;
import app.ponte.SignedInServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The team acts on behalf of active departments and clients only, and only the team may ask which. */
@H2Test
class ServedOrganisationsTest extends SignedInServiceTest {

    @Autowired
    ServedOrganisations served;
    @Autowired
    DemoFixtures fixtures;

    @Test
    void the_team_serves_active_departments_and_clients_but_not_itself_nor_an_unknown_id() {
        long aurora = fixtures.organisationId("Aurora Commerce");
        long marketing = fixtures.organisationId("Marketing");
        long team = fixtures.organisationId("Backend Team");

        assertThat(as("lead@ponte.test", () -> served.includes(aurora))).isTrue();
        assertThat(as("lead@ponte.test", () -> served.includes(marketing))).isTrue();
        assertThat(as("lead@ponte.test", () -> served.includes(team))).isFalse();
        assertThat(as("lead@ponte.test", () -> served.includes(Long.MAX_VALUE))).isFalse();
    }

    @Test
    void a_client_may_not_ask_which_organisations_the_team_serves() {
        long meridian = fixtures.organisationId("Meridian Bank");

        assertThat(catchThrowable(() -> as("ana@aurora.test", () -> served.includes(meridian))))
                .isInstanceOf(AccessDeniedException.class);
    }
}
