package app.ponte.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.ponte.H2Test;
import app.ponte.SignedInServiceTest;
import app.ponte.security.PonteUser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Other features read team people's names by account id, and only theirs. */
@H2Test
class TeamDirectoryTest extends SignedInServiceTest {

    @Autowired
    TeamDirectory teamPeople;

    @Test
    void a_client_reads_the_names_of_team_people_but_not_of_another_organisations_people() {
        long lead = accountId("lead@ponte.test");
        long admin = accountId("admin@ponte.test");
        long rita = accountId("rita@meridian.test");

        assertThat(as("ana@aurora.test", () -> teamPeople.names(List.of(lead, admin, rita))))
                .containsEntry(lead, "Lucas Lead").containsEntry(admin, "Alice Admin").doesNotContainKey(rita);
        assertThat(as("ana@aurora.test", () -> teamPeople.names(List.of()))).isEmpty();
        assertThat(catchThrowable(() -> teamPeople.names(List.of(lead))))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private long accountId(String email) {
        return ((PonteUser) users.loadUserByUsername(email)).accountId();
    }
}
